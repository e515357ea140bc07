package org.flipside.matching.run;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.flipside.audit.AuditLog;
import org.flipside.matching.rule.RuleService;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.matching.settings.SettingsStore;
import org.flipside.program.ProgramView;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Starting runs and reading them. A run is queued as a row first and then executed on the run executor as the
 * manager who started it, so every per-record rule the runner meets applies to them.
 */
@Service
public class RunService {

    private final RunStore runs;
    private final ProposalStore proposals;
    private final ManagedPrograms managed;
    private final MatchingSettingsService settings;
    private final SettingsStore settingsStore;
    private final MatchingRunner runner;
    private final RunQueue queue;
    private final RuleService rules;
    private final AuditLog audit;
    private final Clock clock;

    RunService(RunStore runs, ProposalStore proposals, ManagedPrograms managed, MatchingSettingsService settings,
               SettingsStore settingsStore, MatchingRunner runner,
               RunQueue queue, RuleService rules, AuditLog audit, Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.managed = managed;
        this.settings = settings;
        this.settingsStore = settingsStore;
        this.runner = runner;
        this.queue = queue;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues a run with the program's current settings and returns at once.
     *
     * @throws RuleViolationException {@code matching.run.busy} while another run of the program is unfinished
     */
    public MatchingRun start(long programId) {
        ProgramView program = managed.require(programId);
        if (runs.ofProgram(programId).stream().anyMatch(r -> !r.state().finished())) {
            throw new RuleViolationException("matching.run.busy",
                    "A run of this program is still in progress; wait for it to finish.");
        }
        rules.requireLocksKeepable(programId);
        String actor = MatchingSettingsService.actor();
        MatchingRun run = runs.create(programId, settingsStore.toJson(settings.effective(program)), clock.instant(),
                actor);
        Locale locale = LocaleContextHolder.getLocale();
        if (!queue.submit(run.id(), new DelegatingSecurityContextRunnable(() -> runner.execute(run.id(), locale),
                SecurityContextHolder.getContext()))) {
            runs.failed(run.id(), "too many runs are waiting; try again in a minute", clock.instant());
            throw new RuleViolationException("matching.run.queueFull",
                    "Too many matching runs are waiting; try again in a minute.");
        }
        audit.success("MATCHING_RUN_STARTED", "Program", programId, "run " + run.id());
        return run;
    }

    public List<MatchingRun> list(long programId) {
        managed.require(programId);
        return runs.ofProgram(programId);
    }

    /** The run, if it is one of this program's and the caller manages the program. */
    public MatchingRun get(long programId, long runId) {
        managed.require(programId);
        return runs.find(runId).filter(r -> r.programId() == programId)
                .orElseThrow(() -> new NotFoundException(RunStore.KIND, runId));
    }

    public List<Proposal> proposals(long programId, long runId) {
        get(programId, runId);
        return proposals.ofRun(runId);
    }

    public List<Unmatched> unmatched(long programId, long runId) {
        get(programId, runId);
        return proposals.unmatched(runId);
    }
}
