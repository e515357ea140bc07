package org.flipside.insights.ledger;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.program.ProgramView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Checks an insight draft against the program it belongs to, reporting every bad field at once. */
final class InsightRules {

    static final int TITLE_MAX = 150;
    static final int TEXT_MAX = 4000;
    static final int LINK_MAX = 2000;

    private InsightRules() {
    }

    static CheckedInsight check(InsightDraft draft, ProgramView program) {
        List<FieldProblem> problems = new ArrayList<>();
        InsightDraft d = draft == null ? new InsightDraft(null, null, null, null, null, null, null, null) : draft;
        String title = required(problems, "title", d.title(), TITLE_MAX);
        String observation = required(problems, "observation", d.observation(), TEXT_MAX);
        String significance = required(problems, "significance", d.significance(), TEXT_MAX);
        Integer objective = d.objective();
        if (objective != null && (objective < 0 || objective >= program.objectives().size())) {
            problems.add(FieldProblem.of("objective", "insight.objective.unknown",
                    "Choose one of the program's objectives.", objective));
        }
        String topic = blankToNull(d.topic());
        if (topic != null && !program.focusTopics().contains(topic)) {
            problems.add(FieldProblem.of("topic", "insight.topic.unknown",
                    "Choose one of the program's focus topics.", topic));
        }
        String link = blankToNull(d.evidenceLink());
        if (link != null && !webLink(link)) {
            problems.add(FieldProblem.of("evidenceLink", "insight.evidenceLink.invalid",
                    "The evidence link must be a web address starting with http:// or https://."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedInsight(title, observation, significance, objective, topic, link,
                Boolean.TRUE.equals(d.creditByName()));
    }

    private static String required(List<FieldProblem> problems, String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "insight." + field + ".required", "This is required."));
        } else if (text.length() > max) {
            problems.add(FieldProblem.of(field, "insight." + field + ".length",
                    "Too long: at most " + max + " characters.", max, text.length()));
        }
        return text;
    }

    /** Only http and https with a host: no javascript:, data: or file: links end up on a page. */
    private static boolean webLink(String link) {
        if (link.length() > LINK_MAX) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
