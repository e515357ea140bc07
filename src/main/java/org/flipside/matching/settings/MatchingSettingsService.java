package org.flipside.matching.settings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramView;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A program's matching settings and mentors' own capacities, for the program's managers. */
@Service
public class MatchingSettingsService {

    public static final int MAX_CAPACITY = 10;

    private final SettingsStore store;
    private final CapacityStore capacities;
    private final ManagedPrograms managed;
    private final Enrollment enrollment;
    private final Roster roster;
    private final AuditLog audit;
    private final Clock clock;

    MatchingSettingsService(SettingsStore store, CapacityStore capacities, ManagedPrograms managed,
                            Enrollment enrollment, Roster roster, AuditLog audit, Clock clock) {
        this.store = store;
        this.capacities = capacities;
        this.managed = managed;
        this.enrollment = enrollment;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    /** The saved settings, or the program template's defaults (version 0) until the first save. */
    public MatchingSettings get(long programId) {
        ProgramView program = managed.require(programId);
        return effective(program);
    }

    /** The settings a run uses; the caller has already checked access. */
    public MatchingSettings effective(ProgramView program) {
        return store.find(program.id()).orElseGet(() -> MatchingSettings.defaults(program.templateCode()));
    }

    @Transactional
    public MatchingSettings update(long programId, MatchingSettings settings, long expectedVersion) {
        managed.require(programId);
        List<FieldProblem> problems = SettingsRules.check(settings, enrollment.questions(programId));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MatchingSettings saved = store.save(programId, settings, expectedVersion, clock.instant(), actor());
        audit.success("MATCHING_SETTINGS_SAVED", "Program", programId, "version " + saved.version());
        return saved;
    }

    /** Mentors' own capacities where they differ from the program's, by participant id. */
    public Map<Long, Integer> capacities(long programId) {
        managed.require(programId);
        return capacities.ofProgram(programId);
    }

    /** Sets a mentor's own capacity (1 to 10), or clears it with {@code null} to use the program's again. */
    @Transactional
    public void setCapacity(long programId, long participantId, Integer capacity) {
        managed.require(programId);
        Map<Long, ParticipantView> approved = roster.approved(programId);
        if (!Roster.on(approved, participantId, Side.MENTOR)) {
            throw new NotFoundException("Mentor", participantId);
        }
        if (capacity == null) {
            if (capacities.clear(participantId)) {
                audit.success("MATCHING_CAPACITY_CLEARED", "Participant", participantId, "program " + programId);
            }
            return;
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidInputException(FieldProblem.of("capacity", "matching.capacity.range",
                    "A mentor takes from 1 to 10 mentees.", capacity));
        }
        capacities.set(participantId, capacity);
        audit.success("MATCHING_CAPACITY_SET", "Participant", participantId,
                "program " + programId + ", capacity " + capacity);
    }

    public static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? "system" : authentication.getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
