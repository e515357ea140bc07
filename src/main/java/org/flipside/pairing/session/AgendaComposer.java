package org.flipside.pairing.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.shared.FieldProblem;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideView;

/**
 * Writes a session's agenda from the conversation guide items a person ticked and their own lines. The text is
 * stored as written, so later edits of a guide do not change what a pair agreed to talk about.
 */
final class AgendaComposer {

    static final int MAX_LENGTH = 4000;
    static final int MAX_LINE = 300;

    private AgendaComposer() {
    }

    /** The agenda, or the problems with the choice; {@code guideId} is the first guide an item was taken from. */
    record Agenda(String text, Long guideId, List<FieldProblem> problems) {
    }

    static Agenda compose(List<GuideView> guides, List<String> chosenItems, String ownLines) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> chosen = new LinkedHashSet<>();
        for (String key : chosenItems) {
            if (key != null && !key.isBlank()) {
                chosen.add(key.trim());
            }
        }
        Map<String, Boolean> known = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        Long firstGuide = null;
        for (GuideView guide : guides) {
            List<String> picked = new ArrayList<>();
            for (GuideItem item : guide.items()) {
                String key = key(guide, item);
                known.put(key, true);
                if (chosen.contains(key)) {
                    picked.add("- " + item.text().strip());
                }
            }
            if (!picked.isEmpty()) {
                firstGuide = firstGuide == null ? guide.id() : firstGuide;
                text.append(guide.title().strip()).append('\n');
                picked.forEach(line -> text.append(line).append('\n'));
            }
        }
        chosen.stream().filter(key -> !known.containsKey(key)).findFirst().ifPresent(unknown -> problems.add(
                FieldProblem.of("agenda", "session.field.agenda.unknownItem",
                        "A chosen guide item is not one of the program's guides.")));
        List<String> own = ownLines == null ? List.of()
                : ownLines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (own.stream().anyMatch(line -> line.length() > MAX_LINE)) {
            problems.add(FieldProblem.of("agendaLines", "session.field.agendaLines.long",
                    "Each agenda line has at most {0} characters.", MAX_LINE));
        }
        // The person's own lines are kept as typed, so an agenda opened for a change comes back unchanged.
        own.forEach(line -> text.append(line).append('\n'));
        String agenda = text.toString().strip();
        if (agenda.isEmpty() && problems.isEmpty()) {
            problems.add(FieldProblem.of("agenda", "session.field.agenda.empty",
                    "Choose at least one guide item or write an agenda line."));
        } else if (agenda.length() > MAX_LENGTH) {
            problems.add(FieldProblem.of("agenda", "session.field.agenda.long",
                    "The agenda has at most {0} characters.", MAX_LENGTH));
        }
        return new Agenda(agenda, firstGuide, List.copyOf(problems));
    }

    static String key(GuideView guide, GuideItem item) {
        return guide.id() + ":" + item.position();
    }
}
