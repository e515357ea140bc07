package org.flipside.matching.scoring;

import java.util.List;

/**
 * A sentence for a person, as a message key of {@code i18n/matching-scoring.properties} and its arguments, so it is
 * shown in the reader's language. Arguments are {@link Integer}s, {@link String}s, {@link Term}s (texts that are
 * themselves looked up, such as skill names) and lists of those (shown joined by commas).
 */
public record Reason(String code, List<Object> arguments) {

    public Reason {
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String code, Object... arguments) {
        return new Reason(code, List.of(arguments));
    }
}
