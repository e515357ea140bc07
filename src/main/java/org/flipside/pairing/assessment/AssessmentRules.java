package org.flipside.pairing.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/**
 * What a submitted self-assessment must be: exactly the items of the person's list, each once, rated 1 to 5, with
 * an optional short comment. Every problem is reported at once, each on its item's field ({@code rating-<item>} or
 * {@code comment-<item>}).
 */
public final class AssessmentRules {

    public static final int MAX_COMMENT = 500;

    private AssessmentRules() {
    }

    /** The inputs in the order of {@code items}, with comments stripped (blank ones dropped). */
    public static List<RatingInput> check(List<String> items, List<RatingInput> inputs) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, RatingInput> byItem = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(items);
        for (RatingInput input : inputs == null ? List.<RatingInput>of() : inputs) {
            String item = input == null || input.item() == null ? "" : input.item().strip();
            if (!known.contains(item)) {
                problems.add(FieldProblem.of("rating-" + item, "pair.assessment.item.unknown",
                        "This is not one of the items of your self-assessment.", item));
            } else if (byItem.putIfAbsent(item, input) != null) {
                problems.add(FieldProblem.of("rating-" + item, "pair.assessment.item.twice",
                        "Rate each item once.", item));
            }
        }
        List<RatingInput> checked = new ArrayList<>();
        for (String item : items) {
            RatingInput input = byItem.get(item);
            if (input == null || input.rating() == null) {
                problems.add(FieldProblem.of("rating-" + item, "pair.assessment.rating.missing",
                        "Choose a rating from 1 to 5.", item));
                continue;
            }
            if (input.rating() < 1 || input.rating() > 5) {
                problems.add(FieldProblem.of("rating-" + item, "pair.assessment.rating.range",
                        "A rating is a whole number from 1 to 5.", item, input.rating()));
            }
            String comment = input.comment() == null || input.comment().isBlank() ? null : input.comment().strip();
            if (comment != null && comment.length() > MAX_COMMENT) {
                problems.add(FieldProblem.of("comment-" + item, "pair.assessment.comment.length",
                        "Keep a comment to 500 characters.", item, MAX_COMMENT));
            }
            checked.add(new RatingInput(item, input.rating(), comment));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return checked;
    }
}
