package org.flipside.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The list of common passwords shipped with the application; a password on it is refused whatever its length. */
@Component
public class CommonPasswords {

    static final String RESOURCE = "identity/common-passwords.txt";

    private final Set<String> passwords;

    public CommonPasswords() {
        this.passwords = load();
    }

    public boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }

    private static Set<String> load() {
        Set<String> result = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    result.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list " + RESOURCE + " could not be read", e);
        }
        return Set.copyOf(result);
    }
}
