package org.flipside.matching.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.matching.ManualMatches;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.matching.run.CohortInputs;
import org.flipside.matching.scoring.Block;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.scoring.Constraint;
import org.flipside.matching.scoring.Explanation;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.scoring.ReasonText;
import org.flipside.matching.seat.SeatClaim;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.settings.Roster;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ManualMatches}: the checks of a manager's lock, then the seats, then a confirmed match. */
@Service
class ManualPairing implements ManualMatches {

    private final ManagedPrograms managed;
    private final Roster roster;
    private final CohortInputs inputs;
    private final MatchingSettingsService settings;
    private final ReasonText reasons;
    private final SeatLedger seats;
    private final MentorCapacities capacities;
    private final MatchStore matches;
    private final MatchPeople people;
    private final SeatRefusals refusals;
    private final AuditLog audit;
    private final Clock clock;

    ManualPairing(ManagedPrograms managed, Roster roster, CohortInputs inputs, MatchingSettingsService settings,
                  ReasonText reasons, SeatLedger seats, MentorCapacities capacities, MatchStore matches,
                  MatchPeople people, SeatRefusals refusals, AuditLog audit, Clock clock) {
        this.managed = managed;
        this.roster = roster;
        this.inputs = inputs;
        this.settings = settings;
        this.reasons = reasons;
        this.seats = seats;
        this.capacities = capacities;
        this.matches = matches;
        this.people = people;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ManualMatch confirm(long programId, long mentee, long mentor) {
        ProgramView program = managed.require(programId);
        if (program.state() != ProgramState.MATCHING && program.state() != ProgramState.RUNNING) {
            throw new RuleViolationException("matching.manual.programState",
                    "Pairs are made while the program is matching or running.");
        }
        Map<Long, ParticipantView> approved = roster.approved(programId);
        requireSides(approved, mentee, mentor);
        // Lock both before reading the seats, so a publication or request for the same people waits for this one.
        seats.lock(List.of(mentee, mentor));
        Cohort pair = inputs.pair(programId, approved, mentee, mentor, settings.effective(program));
        Explanation explanation = pair.explain(0, 0);
        Block block = pair.block(0, 0);
        if (block != null && block.constraint() != Constraint.MUST_HAVE) {
            String why = reasons.text(block.reason(), LocaleContextHolder.getLocale());
            throw new RuleViolationException("matching.manual.blocked", "This pair breaks a hard rule: " + why, why);
        }
        Map<Long, Named> named = people.of(List.of(mentee, mentor));
        int capacity = capacities.of(program, mentor);
        Instant now = clock.instant();
        String actor = Actor.name();
        // Must-have thresholds do not bind a manager's choice: a pair below one still gets its points as its score.
        int score = block == null ? explanation.score()
                : Math.min(1000, explanation.criteria().stream().mapToInt(c -> c.points()).sum());
        MentorMatch match = matches.insert(new MentorMatch(0, programId, null, mentee, mentor, MatchOrigin.MANUAL,
                MatchState.CONFIRMED, score, ExplanationCodec.write(explanation), Answer.ACCEPT, now, Answer.ACCEPT,
                now, null, now, now, actor, null, 0));
        try {
            seats.claim(new SeatClaim(match.id(), mentor, mentee, capacity));
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.code(), refusals.of(e, named, Map.of(mentor, capacity)));
        }
        audit.success("MATCH_MADE_BY_HAND", MatchStore.KIND, match.id(),
                "program=" + programId + " mentee=" + mentee + " mentor=" + mentor);
        return new ManualMatch(match.id(), programId, mentee, mentor, score);
    }

    private static void requireSides(Map<Long, ParticipantView> approved, long mentee, long mentor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Roster.on(approved, mentee, Side.MENTEE)) {
            problems.add(FieldProblem.of("mentee", "matching.manual.notMentee",
                    "Participant " + mentee + " is not an approved mentee of this program.", mentee));
        }
        if (!Roster.on(approved, mentor, Side.MENTOR)) {
            problems.add(FieldProblem.of("mentor", "matching.manual.notMentor",
                    "Participant " + mentor + " is not an approved mentor of this program.", mentor));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
