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

    /**
     * The locks of approved people that the settings now rule out, each as a sentence naming the pair and why, so a
     * run never starts with a lock it could not keep.
     */
    java.util.List<String> broken(ProgramView program, java.util.Map<Long, ParticipantView> approved,
                                  java.util.List<MatchingRule> locks, java.util.Locale locale) {
        java.util.List<MatchingRule> current = locks.stream().filter(l -> l.kind() == RuleKind.LOCK)
                .filter(l -> approved.containsKey(l.menteeParticipantId())
                        && approved.containsKey(l.mentorParticipantId())).toList();
        if (current.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<Long> mentees = current.stream().map(MatchingRule::menteeParticipantId).distinct().toList();
        java.util.List<Long> mentors = current.stream().map(MatchingRule::mentorParticipantId).distinct().toList();
        Cohort cohort = inputs.subset(program.id(), approved, mentees, mentors, settings.effective(program));
        java.util.List<String> broken = new java.util.ArrayList<>();
        for (MatchingRule lock : current) {
            Block block = cohort.block(mentees.indexOf(lock.menteeParticipantId()),
                    mentors.indexOf(lock.mentorParticipantId()));
            if (block != null) {
                broken.add(approved.get(lock.menteeParticipantId()).fullName() + " – "
                        + approved.get(lock.mentorParticipantId()).fullName() + ": "
                        + reasons.text(block.reason(), locale));
            }
        }
        return broken;
    }
}
