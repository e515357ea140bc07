package org.flipside.program.web;

import java.util.List;
import java.util.stream.Collectors;
import org.flipside.program.IncompleteProgramException;
import org.flipside.program.ProgramState;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns program outcomes and refusals into sentences in the reader's language, for flash messages. */
@Component
class ProgramMessages {

    private final MessageSource messages;

    ProgramMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }

    String state(ProgramState state) {
        return text("program.state." + state.name());
    }

    String refusal(RuleViolationException refusal) {
        if (refusal instanceof IncompleteProgramException incomplete) {
            String fields = incomplete.missing().stream().map(problem -> text("field." + problem.field()))
                    .collect(Collectors.joining(", "));
            return text("program.incomplete", fields);
        }
        List<Object> arguments = refusal.arguments().stream()
                .map(argument -> argument instanceof ProgramState state ? state(state) : argument)
                .toList();
        return messages.getMessage(refusal.code(), arguments.toArray(), refusal.getMessage(),
                LocaleContextHolder.getLocale());
    }
}
