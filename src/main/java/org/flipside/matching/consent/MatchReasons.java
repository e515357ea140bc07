package org.flipside.matching.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.matching.scoring.CriterionScore;
import org.flipside.matching.scoring.Explanation;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.scoring.ReasonText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reasons of a match as one of its two people reads them. Each counted criterion says why, except where the
 * sentence would quote the partner's confidential data: linked application answers get a neutral sentence, and work
 * styles only how well they fit, never the partner's scores per dimension.
 */
@Component
public class MatchReasons {

    private static final Logger log = LoggerFactory.getLogger(MatchReasons.class);

    private final ReasonText reasonText;
    private final MessageSource messages;

    MatchReasons(ReasonText reasonText, MessageSource messages) {
        this.reasonText = reasonText;
        this.messages = messages;
    }

    /** The sentences for a stored explanation; none when it cannot be read (then the score stands alone). */
    public List<String> forPartners(String explanation) {
        try {
            return forPartners(ExplanationCodec.read(explanation));
        } catch (RuntimeException e) {
            log.warn("A match explanation could not be read: {}", e.getMessage());
            return List.of();
        }
    }

    public List<String> forPartners(Explanation explanation) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> lines = new ArrayList<>();
        for (CriterionScore part : explanation.criteria()) {
            if (part.weight() == 0) {
                continue;
            }
            String criterion = messages.getMessage("matching.criterion." + part.criterion().name(), null,
                    part.criterion().name(), locale);
            String sentence = switch (part.criterion()) {
                case ANSWERS -> messages.getMessage("matching.consent.reason.answers", null, locale);
                case WORK_STYLE -> messages.getMessage("matching.consent.reason.workStyle",
                        new Object[]{part.fulfilment()}, locale);
                default -> reasonText.text(part.reason(), locale);
            };
            lines.add(criterion + ": " + sentence);
        }
        return lines;
    }
}
