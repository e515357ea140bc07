package org.flipside.feedback.survey;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flipside.shared.FieldProblem;

/**
 * Field problems whose English default text is already filled in, so an API client reads "question 3" rather than
 * "question {0}"; pages still render the code with the arguments in the reader's language.
 */
final class Problems {

    private Problems() {
    }

    static FieldProblem of(String field, String code, String defaultMessage, Object... arguments) {
        Object[] plain = Arrays.stream(arguments).map(String::valueOf).toArray();
        return new FieldProblem(field, code, List.of(arguments),
                new MessageFormat(defaultMessage.replace("'", "''"), Locale.ENGLISH).format(plain));
    }
}
