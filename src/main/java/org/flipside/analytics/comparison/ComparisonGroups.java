package org.flipside.analytics.comparison;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.people.DirectoryHistory;
import org.flipside.people.EmploymentHistory;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.flipside.program.ProgramRosters;
import org.flipside.program.ProgramRosters.RosterEntry;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses a program's comparison group once, when it starts running: the approved participants of that moment, and
 * for each a matched non-participant. A second start event (a redelivery, or a program that ran before) changes
 * nothing, so the group is always the one chosen at the first start.
 */
@Service
public class ComparisonGroups {

    private static final Logger log = LoggerFactory.getLogger(ComparisonGroups.class);

    private final ComparisonStore store;
    private final ProgramRosters rosters;
    private final ProgramOutlines outlines;
    private final DirectoryHistory history;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ComparisonGroups(ComparisonStore store, ProgramRosters rosters, ProgramOutlines outlines, DirectoryHistory history,
                     AuditLog audit, Clock clock) {
        this.store = store;
        this.rosters = rosters;
        this.outlines = outlines;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProgramStateChanged changed) {
        if (changed.to() != ProgramState.RUNNING) {
            return;
        }
        try {
            choose(changed.programId(), changed.at(), seeds.nextLong());
        } catch (DuplicateKeyException chosenMeanwhile) {
            log.debug("Program {} got its comparison group in a concurrent delivery.", changed.programId());
        }
    }

    /** The group chosen for the program, if it has started. */
    @Transactional(readOnly = true)
    public Optional<ComparisonGroup> of(long programId) {
        return store.find(programId);
    }

    /**
     * Chooses and stores the group unless the program has one. The start is the program's start date, or the day
     * it started running when it has none.
     *
     * @return whether a group was chosen now
     */
    @Transactional
    public boolean choose(long programId, Instant startedAt, long seed) {
        if (store.exists(programId)) {
            return false;
        }
        ProgramOutline outline = outlines.of(List.of(programId)).get(programId);
        if (outline == null) {
            return false;
        }
        LocalDate start = outline.startDate() != null ? outline.startDate()
                : LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
        List<RosterEntry> roster = rosters.of(programId);
        Set<String> inProgram = new HashSet<>();
        roster.forEach(r -> inProgram.add(r.employeeNumber()));
        List<RosterEntry> approved = roster.stream().filter(r -> r.state() == ParticipantState.APPROVED).toList();
        Map<String, EmploymentHistory> people = history.of(approved.stream().map(RosterEntry::employeeNumber)
                .toList());
        List<ComparisonChoice.Participant> participants = approved.stream()
                .map(r -> new ComparisonChoice.Participant(r.participantId(), r.side(), r.employeeNumber(),
                        people.get(r.employeeNumber())))
                .toList();
        Set<String> departments = new HashSet<>();
        people.values().forEach(p -> {
            if (p.department() != null) {
                departments.add(p.department());
            }
        });
        ComparisonChoice.Result result = ComparisonChoice.choose(participants, history.inDepartments(departments),
                inProgram, start, seed);
        store.add(programId, start, seed, clock.instant(), result);
        audit.success("COMPARISON_GROUP_CHOSEN", "Program", programId, "participants=" + participants.size()
                + ", unmatched=" + result.unmatched().values().stream().mapToInt(Integer::intValue).sum()
                + ", seed=" + seed);
        return true;
    }
}
