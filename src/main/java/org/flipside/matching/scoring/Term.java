package org.flipside.matching.scoring;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A part of a reason that is itself a message, such as a skill's name or a work-style dimension, looked up when the
 * reason is shown.
 *
 * @param fallback the text shown when the bundle has no such key (a custom skill's own name, say); may be null
 */
public record Term(String code, List<Object> arguments, String fallback) implements MessageSourceResolvable {

    public Term {
        arguments = List.copyOf(arguments);
    }

    public static Term of(String code, Object... arguments) {
        return new Term(code, List.of(arguments), null);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.toArray();
    }

    @Override
    public String getDefaultMessage() {
        return fallback;
    }
}
