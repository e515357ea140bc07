package org.flipside.program.web;

import java.util.stream.Collectors;
import org.flipside.program.ParticipantState;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sentences for enrolment outcomes and refusals, in the reader's language, for flash messages. */
@Component
class EnrollmentMessages {

    private final MessageSource messages;

    EnrollmentMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    /** The reason a change was refused; null when the exception is not one of ours. */
    String refusal(RuntimeException e) {
        if (e instanceof StaleEditException) {
            return text("enrollment.stale");
        }
        if (e instanceof InvalidInputException invalid) {
            return invalid.problems().stream()
                    .map(p -> messages.getMessage(p.code(), p.arguments().toArray(), p.defaultMessage(),
                            LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining(" "));
        }
        if (e instanceof RuleViolationException rule) {
            Object[] arguments = rule.arguments().stream()
                    .map(a -> a instanceof ParticipantState state ? text("participant.state." + state.name()) : a)
                    .toArray();
            return messages.getMessage(rule.code(), arguments, rule.getMessage(), LocaleContextHolder.getLocale());
        }
        return null;
    }
}
