package org.flipside.matching.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.matching.scoring.Constraint;
import org.flipside.program.Side;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Why a run left someone without a partner, as a code and a sentence: either no pair of theirs was allowed (and which
 * constraints ruled out how many partners), or their allowed partners all went to pairs that served the whole cohort
 * better.
 */
@Component
class UnmatchedReasons {

    static final String NO_PARTNERS = "NO_PARTNERS";
    static final String NO_ALLOWED_PARTNER = "NO_ALLOWED_PARTNER";
    static final String OUTSCORED = "OUTSCORED";

    private final MessageSource messages;

    UnmatchedReasons(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param others   how many people the other side had in the solve
     * @param allowed  how many of them this person could have been paired with
     * @param blockers how many of them each constraint ruled out
     */
    Unmatched of(long runId, long participantId, Side side, int others, int allowed,
                 Map<Constraint, Integer> blockers, Locale locale) {
        String key = side.name();
        if (others == 0) {
            return new Unmatched(runId, participantId, side, NO_PARTNERS,
                    text("matching.unmatched.NO_PARTNERS." + key, locale));
        }
        if (allowed == 0) {
            List<String> parts = new ArrayList<>();
            for (Constraint constraint : Constraint.values()) {
                int count = blockers.getOrDefault(constraint, 0);
                if (count > 0) {
                    parts.add(text("matching.unmatched.count." + constraint.name(), locale, count));
                }
            }
            return new Unmatched(runId, participantId, side, NO_ALLOWED_PARTNER,
                    text("matching.unmatched.NO_ALLOWED_PARTNER." + key, locale, String.join(", ", parts)));
        }
        return new Unmatched(runId, participantId, side, OUTSCORED,
                text("matching.unmatched.OUTSCORED." + key, locale, allowed));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
