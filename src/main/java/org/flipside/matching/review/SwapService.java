package org.flipside.matching.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.matching.run.CohortInputs;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.Proposal;
import org.flipside.matching.run.ProposalStore;
import org.flipside.matching.run.RunService;
import org.flipside.matching.run.RunState;
import org.flipside.matching.run.RunStore;
import org.flipside.matching.scoring.Block;
import org.flipside.matching.scoring.Candidate;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.scoring.ReasonText;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.settings.Roster;
import org.flipside.program.ProgramView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager exchanges the mentors of two proposals. Both new pairs are scored and explained again with the program's
 * current settings; a pair a hard rule or a must-have rules out is refused with its reason. The run is then marked
 * as edited by hand.
 */
@Service
public class SwapService {

    private final RunService runs;
    private final RunStore runStore;
    private final ProposalStore proposals;
    private final ManagedPrograms managed;
    private final MatchingSettingsService settings;
    private final Roster roster;
    private final CohortInputs inputs;
    private final ReasonText reasons;
    private final AuditLog audit;
    private final Clock clock;

    SwapService(RunService runs, RunStore runStore, ProposalStore proposals, ManagedPrograms managed,
                MatchingSettingsService settings, Roster roster, CohortInputs inputs, ReasonText reasons,
                AuditLog audit, Clock clock) {
        this.runs = runs;
        this.runStore = runStore;
        this.proposals = proposals;
        this.managed = managed;
        this.settings = settings;
        this.roster = roster;
        this.inputs = inputs;
        this.reasons = reasons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void swap(long programId, long runId, long menteeA, long menteeB) {
        runs.get(programId, runId);
        runStore.lock(runId);
        MatchingRun run = runs.get(programId, runId);
        if (run.state() != RunState.DONE || run.publishedAt() != null) {
            throw new RuleViolationException("matching.swap.notEditable",
                    "Only a finished run that is not published can be edited.");
        }
        if (menteeA == menteeB) {
            throw new InvalidInputException(FieldProblem.of("menteeB", "matching.swap.same",
                    "Choose two different proposals."));
        }
        List<Proposal> all = proposals.ofRun(runId);
        Proposal a = find(all, menteeA);
        Proposal b = find(all, menteeB);
        if (a.locked() || b.locked()) {
            throw new RuleViolationException("matching.swap.locked",
                    "A locked pair is kept as it is; unlock it before swapping.");
        }
        if (a.mentorParticipantId() == b.mentorParticipantId()) {
            throw new RuleViolationException("matching.swap.sameMentor",
                    "Both proposals have the same mentor; swapping would change nothing.");
        }
        ProgramView program = managed.require(programId);
        Map<Long, Candidate> candidates = inputs.candidates(programId, roster.approved(programId));
        List<Candidate> people = List.of(menteeA, menteeB, b.mentorParticipantId(), a.mentorParticipantId())
                .stream().map(id -> {
                    Candidate candidate = candidates.get(id);
                    if (candidate == null) {
                        throw new RuleViolationException("matching.swap.left",
                                "Someone in these proposals is no longer an approved participant.");
                    }
                    return candidate;
                }).toList();
        // Mentee A meets mentor B at (0, 0), mentee B meets mentor A at (1, 1).
        Cohort cohort = inputs.cohort(programId, people.subList(0, 2), people.subList(2, 4),
                settings.effective(program), inputs.hardRules(programId, candidates));
        for (int k = 0; k < 2; k++) {
            Block block = cohort.block(k, k);
            if (block != null) {
                String mentee = people.get(k).displayName();
                String mentor = people.get(2 + k).displayName();
                throw new RuleViolationException("matching.swap.blocked", mentee + " and " + mentor
                        + " cannot be paired: " + reasons.text(block.reason(), java.util.Locale.ENGLISH), mentee, mentor,
                        reasons.text(block.reason(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            }
        }
        proposals.reassign(runId, menteeA, b.mentorParticipantId(), cohort.score(0, 0),
                ExplanationCodec.write(cohort.explain(0, 0)));
        proposals.reassign(runId, menteeB, a.mentorParticipantId(), cohort.score(1, 1),
                ExplanationCodec.write(cohort.explain(1, 1)));
        long total = proposals.ofRun(runId).stream().mapToLong(Proposal::score).sum();
        runStore.edited(runId, total, clock.instant(), MatchingSettingsService.actor());
        audit.success("MATCHING_PROPOSALS_SWAPPED", "Matching run", runId,
                "mentees " + menteeA + " and " + menteeB);
    }

    private static Proposal find(List<Proposal> all, long mentee) {
        return all.stream().filter(p -> p.menteeParticipantId() == mentee).findFirst()
                .orElseThrow(() -> new NotFoundException("Proposal", mentee));
    }
}
