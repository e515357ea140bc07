package org.flipside.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.shared.FieldProblem;
import org.springframework.ui.Model;

/**
 * Puts validation problems where the page templates look for them: {@code problems} for the summary at the top,
 * {@code fieldProblems} for the message under each input.
 */
public final class FormProblems {

    private FormProblems() {
    }

    public static void addTo(Model model, List<FieldProblem> problems) {
        Map<String, List<FieldProblem>> byField = problems.stream()
                .collect(Collectors.groupingBy(FieldProblem::field, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("problems", problems);
        model.addAttribute("fieldProblems", byField);
    }
}
