package org.flipside.training.module;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.flipside.program.Side;

/**
 * Reads one module file: a header of {@code key: value} lines between two {@code ---} lines, the markdown text, then
 * a line {@code === questions ===} and the questions. A question starts with {@code Q:}, lists its options as
 * {@code - [ ]} (wrong) and {@code - [x]} (right), and ends with {@code Why:} and the explanation. Every problem names
 * the file and line, because a content mistake should be fixed before the application serves it.
 */
public final class ModuleParser {

    static final String QUESTIONS = "=== questions ===";
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    private static final Set<String> KEYS = Set.of("code", "side", "position", "title", "summary", "minutes");
    private static final int MIN_QUESTIONS = 2;
    private static final int MAX_QUESTIONS = 4;

    private ModuleParser() {
    }

    public static TrainingModule parse(String source, String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            throw new TrainingContentException(source, 1, "the file must start with a '---' line opening the header");
        }
        Map<String, String> header = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon < 1) {
                throw new TrainingContentException(source, i + 1, "a header line reads 'key: value'");
            }
            String key = line.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                throw new TrainingContentException(source, i + 1, "unknown header key '" + key + "'; known: " + KEYS);
            }
            if (header.put(key, line.substring(colon + 1).strip()) != null) {
                throw new TrainingContentException(source, i + 1, "header key '" + key + "' given twice");
            }
        }
        if (i == lines.size()) {
            throw new TrainingContentException(source, "the header is not closed by a '---' line");
        }
        int bodyStart = i + 1;
        int marker = bodyStart;
        while (marker < lines.size() && !lines.get(marker).strip().equals(QUESTIONS)) {
            marker++;
        }
        if (marker == lines.size()) {
            throw new TrainingContentException(source, "no '" + QUESTIONS + "' line before the questions");
        }
        String markdown = String.join("\n", lines.subList(bodyStart, marker)).strip();
        if (markdown.isEmpty()) {
            throw new TrainingContentException(source, bodyStart + 1, "the module has no text");
        }
        List<CheckQuestion> questions = new QuestionReader(source).read(lines, marker + 1);
        if (questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS) {
            throw new TrainingContentException(source, "a module has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS
                    + " questions, this one has " + questions.size());
        }
        return new TrainingModule(code(source, header), side(source, header), number(source, header, "position", 1, 99),
                required(source, header, "title"), required(source, header, "summary"),
                number(source, header, "minutes", 1, 60), markdown, questions);
    }

    private static String required(String source, Map<String, String> header, String key) {
        String value = header.get(key);
        if (value == null || value.isEmpty()) {
            throw new TrainingContentException(source, "the header needs '" + key + "'");
        }
        return value;
    }

    private static String code(String source, Map<String, String> header) {
        String code = required(source, header, "code");
        if (!CODE.matcher(code).matches()) {
            throw new TrainingContentException(source, "code '" + code
                    + "' must be 3 to 64 lower-case letters, digits or hyphens");
        }
        return code;
    }

    private static Side side(String source, Map<String, String> header) {
        String side = required(source, header, "side");
        try {
            return Side.valueOf(side);
        } catch (IllegalArgumentException e) {
            throw new TrainingContentException(source, "side '" + side + "' must be MENTOR or MENTEE");
        }
    }

    private static int number(String source, Map<String, String> header, String key, int min, int max) {
        String value = required(source, header, key);
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new TrainingContentException(source, "'" + key + "' must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }

    /** The question block, line by line, remembering where each question began for its messages. */
    private static final class QuestionReader {

        private final String source;
        private final List<CheckQuestion> questions = new ArrayList<>();
        private String text;
        private int startLine;
        private List<String> options = new ArrayList<>();
        private int correct = -1;
        private String explanation;

        QuestionReader(String source) {
            this.source = source;
        }

        List<CheckQuestion> read(List<String> lines, int from) {
            for (int i = from; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                int number = i + 1;
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("Q:")) {
                    finish();
                    text = nonEmpty(line.substring(2), number, "a question needs its text after 'Q:'");
                    startLine = number;
                } else if (text == null) {
                    throw new TrainingContentException(source, number, "expected a question starting with 'Q:'");
                } else if (line.startsWith("- [ ]") || line.startsWith("- [x]")) {
                    if (explanation != null) {
                        throw new TrainingContentException(source, number, "options come before 'Why:'");
                    }
                    if (line.startsWith("- [x]")) {
                        if (correct >= 0) {
                            throw new TrainingContentException(source, number, "a question has one right option only");
                        }
                        correct = options.size();
                    }
                    options.add(nonEmpty(line.substring(5), number, "an option needs its text"));
                } else if (line.startsWith("Why:")) {
                    explanation = nonEmpty(line.substring(4), number, "'Why:' needs the explanation");
                } else {
                    throw new TrainingContentException(source, number,
                            "expected an option ('- [ ]' or '- [x]'), 'Why:' or the next 'Q:'");
                }
            }
            finish();
            return questions;
        }

        private void finish() {
            if (text == null) {
                return;
            }
            if (options.size() < 2 || options.size() > 5) {
                throw new TrainingContentException(source, startLine, "a question has 2 to 5 options");
            }
            if (correct < 0) {
                throw new TrainingContentException(source, startLine, "a question needs one option marked '- [x]'");
            }
            if (explanation == null) {
                throw new TrainingContentException(source, startLine, "a question needs a 'Why:' explanation");
            }
            questions.add(new CheckQuestion(questions.size() + 1, text, options, correct, explanation));
            text = null;
            options = new ArrayList<>();
            correct = -1;
            explanation = null;
        }

        private String nonEmpty(String value, int line, String problem) {
            String stripped = value.strip();
            if (stripped.isEmpty()) {
                throw new TrainingContentException(source, line, problem);
            }
            return stripped;
        }
    }
}
