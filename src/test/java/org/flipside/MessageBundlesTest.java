package org.flipside;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Apostrophes in our texts: a text with arguments goes through MessageFormat, where a lone apostrophe starts a quote
 * and swallows what follows, so it must write ''; a text without arguments is shown as written, so '' would show
 * twice. Either mistake reaches a reader as a broken sentence.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void apostrophesAreWrittenTheWayEachTextIsRendered() throws IOException {
        Properties application = load("application.properties");
        List<String> problems = new ArrayList<>();
        for (String basename : application.getProperty("spring.messages.basename").split(",")) {
            Properties texts = load(basename.strip() + ".properties");
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean formatted = ARGUMENT.matcher(text).find();
                if (formatted && LONE_APOSTROPHE.matcher(text).find()) {
                    problems.add(basename + ": " + key + " has arguments and a lone apostrophe (write '')");
                }
                if (!formatted && text.contains("''")) {
                    problems.add(basename + ": " + key + " has no arguments and a doubled apostrophe (write ')");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
