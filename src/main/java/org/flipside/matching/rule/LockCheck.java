package org.flipside.matching.rule;

import org.flipside.matching.run.CohortInputs;
import org.flipside.matching.scoring.Block;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.scoring.ReasonText;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramView;
import org.flipside.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/** Refuses a lock the hard constraints or a must-have rule out under the program's current settings. */
@Component
class LockCheck {

    private final CohortInputs inputs;
    private final MatchingSettingsService settings;
    private final ReasonText reasons;

    LockCheck(CohortInputs inputs, MatchingSettingsService settings, ReasonText reasons) {
        this.inputs = inputs;
        this.settings = settings;
        this.reasons = reasons;
    }

    void requireAllowed(ProgramView program, java.util.Map<Long, ParticipantView> approved, ParticipantView mentee,
                        ParticipantView mentor) {
        Cohort pair = inputs.pair(program.id(), approved, mentee.id(), mentor.id(), settings.effective(program));
        Block block = pair.block(0, 0);
        if (block != null) {
            throw new RuleViolationException("matching.rule.lockBlocked",
                    "This pair breaks a hard rule and cannot be locked: " + reasons.text(block.reason(), java.util.Locale.ENGLISH),
                    reasons.text(block.reason(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
    }
}
