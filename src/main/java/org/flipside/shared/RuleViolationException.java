package org.flipside.shared;

import java.util.List;

/**
 * A request that is well-formed but not allowed in the record's current state (an illegal lifecycle transition,
 * editing a closed program). Answers 409.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    public RuleViolationException(String code, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
