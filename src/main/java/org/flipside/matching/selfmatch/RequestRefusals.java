package org.flipside.matching.selfmatch;

import org.flipside.matching.scoring.Block;
import org.flipside.matching.scoring.ReasonText;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a mentee may not request a mentor, in words that reveal nothing confidential: a do-not-match list is never
 * named (it could be the mentor's), and for reporting lines and grades only the rule is given, not the people's grades.
 */
@Component
class RequestRefusals {

    private final MessageSource messages;
    private final ReasonText reasonText;

    RequestRefusals(MessageSource messages, ReasonText reasonText) {
        this.messages = messages;
        this.reasonText = reasonText;
    }

    RuleViolationException notAllowed(Block block, String mentorName) {
        String why = switch (block.constraint()) {
            case DO_NOT_MATCH -> text("matching.self.private");
            case MUST_HAVE -> reasonText.text(block.reason(), LocaleContextHolder.getLocale());
            default -> text(block.constraint().messageKey());
        };
        String sentence = messages.getMessage("matching.self.notAllowed", new Object[]{mentorName, why},
                "You cannot request " + mentorName + ": " + why, LocaleContextHolder.getLocale());
        return new RuleViolationException("matching.self.notAllowed", sentence, mentorName, why);
    }

    RuleViolationException mentorFull(String mentorName, int capacity) {
        String sentence = messages.getMessage("matching.seat.mentorFull", new Object[]{mentorName, capacity},
                LocaleContextHolder.getLocale());
        return new RuleViolationException("matching.seat.mentorFull", sentence, mentorName, capacity);
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
    }
}
