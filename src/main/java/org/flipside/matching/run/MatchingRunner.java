package org.flipside.matching.run;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.matching.optimiser.Assignment;
import org.flipside.matching.optimiser.AssignmentSolver;
import org.flipside.matching.optimiser.CertificateCheck;
import org.flipside.matching.rule.MatchingRule;
import org.flipside.matching.rule.RuleStore;
import org.flipside.matching.scoring.Candidate;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.settings.CapacityStore;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.Roster;
import org.flipside.matching.settings.SettingsStore;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramView;
import org.flipside.program.Side;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Executes one run: loads the cohort, fixes the locked pairs, lets the optimiser place everyone else, has the
 * optimality certificate checked independently (a failed check fails the run), and stores proposals, unmatched
 * people with reasons, and the totals. Any failure is stored on the run and says what went wrong.
 */
@Component
class MatchingRunner {

    private static final Logger log = LoggerFactory.getLogger(MatchingRunner.class);

    private final RunStore runs;
    private final ProposalStore proposals;
    private final ManagedPrograms managed;
    private final SettingsStore settingsStore;
    private final Roster roster;
    private final CohortInputs inputs;
    private final SeatsAndHistory seats;
    private final CapacityStore capacities;
    private final RuleStore rules;
    private final UnmatchedReasons reasons;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MatchingRunner(RunStore runs, ProposalStore proposals, ManagedPrograms managed, SettingsStore settingsStore,
                   Roster roster, CohortInputs inputs, SeatsAndHistory seats, CapacityStore capacities,
                   RuleStore rules, UnmatchedReasons reasons, TransactionTemplate transaction, Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.managed = managed;
        this.settingsStore = settingsStore;
        this.roster = roster;
        this.inputs = inputs;
        this.seats = seats;
        this.capacities = capacities;
        this.rules = rules;
        this.reasons = reasons;
        this.transaction = transaction;
        this.clock = clock;
    }

    void execute(long runId, Locale locale) {
        try {
            run(runId, locale);
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            log.error("Matching run {} failed", runId, e);
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            runs.failed(runId, what, clock.instant());
        }
    }

    private void run(long runId, Locale locale) {
        MatchingRun run = runs.find(runId).orElseThrow();
        runs.started(runId, "loading");
        ProgramView program = managed.require(run.programId());
        MatchingSettings settings = settingsStore.fromJson(run.settings());
        ThrottledProgress progress = new ThrottledProgress(runs, runId);

        Map<Long, ParticipantView> approved = roster.approved(program.id());
        Map<Long, Candidate> candidates = inputs.candidates(program.id(), approved);
        CohortPlan plan = CohortPlan.of(approved, candidates, seats.seatedMentees(program.id()),
                seats.takenSeats(program.id()), capacities.ofProgram(program.id()), program.mentorCapacity(),
                rules.ofProgram(program.id()));
        runs.sized(runId, plan.menteeIds().size(), plan.mentorIds().size());
        progress.at("scoring", 5);
        Cohort cohort = inputs.cohort(program.id(), plan.mentees(), plan.mentors(), settings,
                inputs.hardRules(program.id(), candidates));

        int[] places = plan.capacity().clone();
        int[] lockedTo = new int[cohort.mentees()];
        java.util.Arrays.fill(lockedTo, Assignment.UNMATCHED);
        List<Proposal> stored = new ArrayList<>();
        Map<Long, Integer> menteeIndex = index(plan.menteeIds());
        Map<Long, Integer> mentorIndex = index(plan.mentorIds());
        for (MatchingRule lock : plan.locks()) {
            int i = menteeIndex.get(lock.menteeParticipantId());
            int j = mentorIndex.get(lock.mentorParticipantId());
            // A lock the current settings rule out is not kept: hard constraints are never broken.
            if (lockedTo[i] == Assignment.UNMATCHED && places[j] > 0 && cohort.score(i, j) >= 0) {
                lockedTo[i] = j;
                places[j]--;
                stored.add(proposal(runId, plan, cohort, i, j, true));
            }
        }
        int[] free = java.util.stream.IntStream.range(0, cohort.mentees())
                .filter(i -> lockedTo[i] == Assignment.UNMATCHED).toArray();
        SolvedView view = new SolvedView(cohort, free);

        long started = System.nanoTime();
        Assignment assignment = new AssignmentSolver().solve(view, places, settings.priority(), progress);
        long solveMillis = (System.nanoTime() - started) / 1_000_000;
        var verdict = CertificateCheck.verify(view, places, settings.priority(), assignment);
        if (!verdict.ok()) {
            throw new IllegalStateException("The optimality certificate failed the independent check: "
                    + String.join("; ", verdict.problems()));
        }
        progress.at("storing", 92);

        int[] mentorLoad = new int[cohort.mentors()];
        for (Proposal p : stored) {
            mentorLoad[mentorIndex.get(p.mentorParticipantId())]++;
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (int a = 0; a < free.length; a++) {
            int i = view.cohortMentee(a);
            int j = assignment.mentorOf()[a];
            if (j == Assignment.UNMATCHED) {
                unmatched.add(reasons.of(runId, plan.menteeIds().get(i), Side.MENTEE, cohort.mentors(),
                        allowedMentors(cohort, i), cohort.blockersOfMentee(i), locale));
            } else {
                mentorLoad[j]++;
                stored.add(proposal(runId, plan, cohort, i, j, false));
            }
        }
        for (int j = 0; j < cohort.mentors(); j++) {
            if (mentorLoad[j] == 0) {
                unmatched.add(reasons.of(runId, plan.mentorIds().get(j), Side.MENTOR, cohort.mentees(),
                        allowedMentees(cohort, j), cohort.blockersOfMentor(j), locale));
            }
        }
        long total = stored.stream().mapToLong(Proposal::score).sum();
        RunTotals totals = new RunTotals(stored.size(), total, assignment.certificate().optimal(),
                assignment.certificate().scoreGapTenths(), solveMillis);
        transaction.executeWithoutResult(status -> {
            proposals.addAll(stored);
            proposals.addUnmatched(unmatched);
            runs.done(runId, totals, clock.instant());
        });
    }

    private static Proposal proposal(long runId, CohortPlan plan, Cohort cohort, int i, int j, boolean locked) {
        return new Proposal(runId, plan.menteeIds().get(i), plan.mentorIds().get(j), cohort.score(i, j), locked,
                ExplanationCodec.write(cohort.explain(i, j)));
    }

    private static Map<Long, Integer> index(List<Long> ids) {
        Map<Long, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < ids.size(); k++) {
            index.put(ids.get(k), k);
        }
        return index;
    }

    private static int allowedMentors(Cohort cohort, int mentee) {
        int allowed = 0;
        for (int j = 0; j < cohort.mentors(); j++) {
            allowed += cohort.score(mentee, j) >= 0 ? 1 : 0;
        }
        return allowed;
    }

    private static int allowedMentees(Cohort cohort, int mentor) {
        int allowed = 0;
        for (int i = 0; i < cohort.mentees(); i++) {
            allowed += cohort.score(i, mentor) >= 0 ? 1 : 0;
        }
        return allowed;
    }
}
