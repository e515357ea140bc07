package org.flipside.program.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.shared.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Problem documents for request values that could not be read, in the same shape as the shared handler's
 * "invalid-input" problems: each error names the field (e.g. {@code objectives[0].catalogue}) and the accepted
 * values, instead of a bare "could not read the request".
 */
final class ApiInputProblems {

    private ApiInputProblems() {
    }

    static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? "One field is invalid." : problems.size() + " fields are invalid.");
        problem.setType(URI.create("https://flipside.example/problems/invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "code", p.code(), "message", p.defaultMessage()))
                .toList());
        return problem;
    }

    static ProblemDetail unreadable(HttpMessageNotReadableException e) {
        JacksonException json = find(e, JacksonException.class);
        String field = json == null ? "" : path(json);
        if (field.isEmpty()) {
            return invalid(List.of(FieldProblem.of("body", "program.body.unreadable",
                    "The request body is not valid JSON or has a value of the wrong type.")));
        }
        Object rejected = json instanceof InvalidFormatException format ? format.getValue() : null;
        Class<?> target = json instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        return invalid(List.of(problem(field, rejected, target)));
    }

    static ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(problem(e.getName(), e.getValue(), e.getRequiredType())));
    }

    private static FieldProblem problem(String field, Object rejected, Class<?> target) {
        String value = String.valueOf(rejected);
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
            return FieldProblem.of(field, "program.value.oneOf", "'" + value + "' is not one of: " + allowed + ".", value, allowed);
        }
        return FieldProblem.of(field, "program.value.invalid", "'" + value + "' is not a valid value here.", value);
    }

    /** "objectives[0].catalogue" from Jackson's path of property names and indexes. */
    private static String path(JacksonException json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
