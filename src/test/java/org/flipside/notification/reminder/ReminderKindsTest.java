package org.flipside.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reminder kind the application issues has its two texts. Kinds are found where reminders are made: the third
 * argument of each {@code new ReminderDue(...)} in {@code src/main/java}, written as a string literal or a
 * {@code static final String} constant (of the same class, or {@code Type.NAME} of another class). Anything else is
 * refused too, because then nobody could check it.
 */
class ReminderKindsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern CONSTRUCTION = Pattern.compile("new\\s+ReminderDue\\s*\\(");

    @Test
    void everyIssuedKindHasASubjectAndABody() throws IOException {
        Properties texts = texts();
        Map<String, String> kinds = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String argument : kindArguments(source)) {
                    Optional<String> kind = resolve(argument, source);
                    if (kind.isPresent()) {
                        kinds.put(kind.get(), file.toString());
                    } else {
                        unreadable.add(file + ": " + argument);
                    }
                }
            }
        }
        assertThat(unreadable).as("reminder kinds must be a string literal or a static final String constant")
                .isEmpty();
        List<String> missing = new ArrayList<>();
        kinds.forEach((kind, file) -> {
            for (String part : List.of(".subject", ".body")) {
                if (!texts.containsKey(ReminderTexts.PREFIX + kind + part)) {
                    missing.add(ReminderTexts.PREFIX + kind + part + " (kind issued in " + file + ")");
                }
            }
        });
        assertThat(missing).as("add these to i18n/notification.properties").isEmpty();
    }

    @Test
    void everyReminderTextComesInPairs() throws IOException {
        Properties texts = texts();
        List<String> unpaired = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            if (key.startsWith(ReminderTexts.PREFIX) && key.endsWith(".subject")
                    && !texts.containsKey(key.replaceAll("\\.subject$", ".body"))) {
                unpaired.add(key);
            } else if (key.startsWith(ReminderTexts.PREFIX) && key.endsWith(".body")
                    && !texts.containsKey(key.replaceAll("\\.body$", ".subject"))) {
                unpaired.add(key);
            }
        }
        assertThat(unpaired).isEmpty();
    }

    @Test
    void theScanReadsLiteralsAndConstantsAndRefusesExpressions() {
        String source = """
                class Nudges {
                    static final String DUE = "pair.due";
                    void a() { new ReminderDue(key("x", 1), who, "session.upcoming", List.of(f(a, b)), "/p", now); }
                    void b() { new ReminderDue(k, who, DUE, List.of(), link, now); }
                    void c() { new ReminderDue(k, who, kinds.pick(), List.of(), link, now); }
                }
                """;
        List<String> arguments = kindArguments(source);
        assertThat(arguments).containsExactly("\"session.upcoming\"", "DUE", "kinds.pick()");
        assertThat(resolve(arguments.get(0), source)).contains("session.upcoming");
        assertThat(resolve(arguments.get(1), source)).contains("pair.due");
        assertThat(resolve(arguments.get(2), source)).isEmpty();
    }

    /** The third argument of each construction, as written. */
    static List<String> kindArguments(String source) {
        List<String> kinds = new ArrayList<>();
        Matcher matcher = CONSTRUCTION.matcher(source);
        while (matcher.find()) {
            List<String> arguments = arguments(source, matcher.end());
            if (arguments.size() == 6) {
                kinds.add(arguments.get(2));
            }
        }
        return kinds;
    }

    /** Splits the argument list starting after "(" at its top-level commas, skipping string and char literals. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i, c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                arguments.add(source.substring(start, i).trim());
                return arguments;
            } else if (c == ',' && depth == 0) {
                arguments.add(source.substring(start, i).trim());
                start = i + 1;
            }
        }
        return arguments;
    }

    private static int endOfLiteral(String source, int open, char quote) {
        for (int i = open + 1; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.charAt(i) == quote) {
                return i;
            }
        }
        return source.length();
    }

    static Optional<String> resolve(String argument, String source) {
        Matcher literal = Pattern.compile("^\"([^\"\\\\]+)\"$").matcher(argument);
        if (literal.matches()) {
            return Optional.of(literal.group(1));
        }
        Matcher constant = Pattern.compile("^(?:([A-Z]\\w*)\\.)?([A-Z][A-Z0-9_]*)$").matcher(argument);
        if (!constant.matches()) {
            return Optional.empty();
        }
        String in = constant.group(1) == null ? source : sourceOf(constant.group(1));
        Matcher value = Pattern.compile("static\\s+final\\s+String\\s+" + constant.group(2) + "\\s*=\\s*\"([^\"]+)\"")
                .matcher(in);
        return value.find() ? Optional.of(value.group(1)) : Optional.empty();
    }

    private static String sourceOf(String type) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            Optional<Path> file = files.filter(f -> f.getFileName().toString().equals(type + ".java")).findFirst();
            return file.isPresent() ? Files.readString(file.get()) : "";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ReminderKindsTest.class.getResourceAsStream("/i18n/notification.properties")) {
            texts.load(in);
        }
        return texts;
    }
}
