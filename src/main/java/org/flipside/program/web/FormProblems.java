package org.flipside.program.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.shared.FieldProblem;
import org.springframework.validation.BindingResult;

/** Values the browser sent that could not even be converted (a date that is no date, a number that is no number). */
final class FormProblems {

    private FormProblems() {
    }

    static List<FieldProblem> ofBinding(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(error -> FieldProblem.of(baseField(error.getField()), "program.value.invalid",
                        "'" + error.getRejectedValue() + "' is not a valid value here.",
                        String.valueOf(error.getRejectedValue())))
                .toList();
    }

    /** Adds rule problems for the fields that converted, so the user still sees everything at once. */
    static List<FieldProblem> merge(List<FieldProblem> bindingProblems, List<FieldProblem> ruleProblems) {
        Set<String> failed = bindingProblems.stream().map(FieldProblem::field).collect(Collectors.toSet());
        List<FieldProblem> all = new ArrayList<>(bindingProblems);
        ruleProblems.stream().filter(problem -> !failed.contains(problem.field())).forEach(all::add);
        return all;
    }

    /** "objectives[1]" names the same input group as "objectives". */
    private static String baseField(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
