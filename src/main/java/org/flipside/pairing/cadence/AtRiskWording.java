package org.flipside.pairing.cadence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** At-risk reasons in words for a manager, with dates in the reader's time zone. */
@Component
public class AtRiskWording {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final UserMessages messages;

    AtRiskWording(UserMessages messages) {
        this.messages = messages;
    }

    public String text(AtRiskReason reason, ZoneId zone) {
        Object[] arguments = reason.arguments().stream()
                .map(argument -> argument instanceof Instant at ? DATE.format(at.atZone(zone)) : argument)
                .toArray();
        return messages.text(reason.messageKey(), arguments);
    }
}
