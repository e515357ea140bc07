package org.flipside.shared.web;

import java.util.stream.Collectors;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns message keys and domain failures into sentences in the viewer's language. */
@Component
public class UserMessages {

    private final MessageSource messages;

    public UserMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    public String of(FieldProblem problem) {
        return messages.getMessage(problem.code(), problem.arguments().toArray(), problem.defaultMessage(),
                LocaleContextHolder.getLocale());
    }

    public String of(InvalidInputException e) {
        return e.problems().stream().map(this::of).collect(Collectors.joining(" "));
    }

    public String of(RuleViolationException e) {
        return messages.getMessage(e.code(), e.arguments().toArray(), e.getMessage(), LocaleContextHolder.getLocale());
    }
}
