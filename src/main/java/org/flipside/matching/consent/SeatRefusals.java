package org.flipside.matching.consent;

import java.util.Map;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sentences naming the person a seat could not be claimed for, in the reader's language. */
@Component
class SeatRefusals {

    private final MessageSource messages;

    SeatRefusals(MessageSource messages) {
        this.messages = messages;
    }

    String menteeTaken(String name) {
        return text("matching.seat.menteeTaken", "{0} already has an open match.", name);
    }

    String mentorFull(String name, int capacity) {
        return text("matching.seat.mentorFull", "{0} has no free place left.", name, capacity);
    }

    String left(String name) {
        return text("matching.publish.left", "{0} is no longer in the program.", name);
    }

    /** The sentence for a refusal of the seat ledger, whose argument is the participant id. */
    String of(RuleViolationException e, Map<Long, Named> named, Map<Long, Integer> capacities) {
        long id = e.arguments().isEmpty() ? 0 : ((Number) e.arguments().get(0)).longValue();
        String name = named.getOrDefault(id, Named.unknown(id)).fullName();
        return "matching.seat.mentorFull".equals(e.code()) ? mentorFull(name, capacities.getOrDefault(id, 0))
                : menteeTaken(name);
    }

    private String text(String code, String fallback, Object... arguments) {
        return messages.getMessage(code, arguments, fallback, LocaleContextHolder.getLocale());
    }
}
