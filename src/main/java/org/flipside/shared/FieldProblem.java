package org.flipside.shared;

import java.util.List;

/**
 * One reason a field's value was refused. {@code code} is a message-bundle key, {@code arguments} fill it in,
 * {@code defaultMessage} is the English text used by the API and as a fallback.
 */
public record FieldProblem(String field, String code, List<Object> arguments, String defaultMessage) {

    public FieldProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, String defaultMessage, Object... arguments) {
        return new FieldProblem(field, code, List.of(arguments), defaultMessage);
    }
}
