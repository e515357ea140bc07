package org.flipside.demo.seed;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Passwords for the demo accounts: four words and two digits from a secure random source, different on every
 * installation and easy to type from the log. About 30 bits: ample against online guessing, which sign-in
 * throttling limits; the start-up banner asks to change them before anyone else can reach the installation.
 */
@Component
class DemoPasswords {

    private static final List<String> WORDS = List.of(
            "anchor", "bamboo", "canyon", "cobalt", "comet", "copper", "coral", "cricket", "daisy", "delta", "ember",
            "falcon", "fern", "fjord", "garnet", "glacier", "harbor", "hazel", "heron", "indigo", "island", "jasper",
            "juniper", "kettle", "kiwi", "lagoon", "lantern", "lemon", "lilac", "lotus", "maple", "meadow", "mint",
            "nectar", "nimbus", "oasis", "olive", "orbit", "otter", "pebble", "pepper", "pine", "plume", "quartz",
            "quill", "raven", "reef", "river", "saffron", "sequoia", "sierra", "sparrow", "spruce", "summit", "thistle",
            "tidal", "timber", "tulip", "umbra", "valley", "velvet", "walnut", "willow", "zephyr");

    private final SecureRandom random = new SecureRandom();

    String next(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                password.append(WORDS.get(random.nextInt(WORDS.size()))).append('-');
            }
            password.append(10 + random.nextInt(90));
            // the password rules refuse a password that contains the username
            if (!password.toString().contains(username.toLowerCase(Locale.ROOT))) {
                return password.toString();
            }
        }
    }
}
