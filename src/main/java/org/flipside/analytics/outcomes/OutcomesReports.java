package org.flipside.analytics.outcomes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flipside.analytics.comparison.ComparisonGroup;
import org.flipside.analytics.comparison.ComparisonGroups;
import org.flipside.identity.Role;
import org.flipside.pairing.AssessmentResults;
import org.flipside.people.DirectoryHistory;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes report of one program, for its managers, administrators and sponsors; anyone else (managers of
 * other programs included) gets {@link NotFoundException}. Only aggregates leave: every figure over too few people
 * is withheld.
 */
@Service
@Transactional(readOnly = true)
public class OutcomesReports {

    private final Programs programs;
    private final ComparisonGroups groups;
    private final DirectoryHistory history;
    private final AssessmentResults assessments;
    private final Clock clock;
    private final SnapshotCache<Long, OutcomesReport> readings;

    OutcomesReports(Programs programs, ComparisonGroups groups, DirectoryHistory history,
                    AssessmentResults assessments, Clock clock, Snapshots snapshots) {
        this.programs = programs;
        this.groups = groups;
        this.history = history;
        this.assessments = assessments;
        this.clock = clock;
        this.readings = snapshots.cache(1_000, this::read);
    }

    /**
     * The report as last read: reading it means the directory history of every participant and comparison person,
     * so one reading serves every reader for a minute.
     */
    public OutcomesReport of(long programId) {
        programs.outline(programId);
        if (!mayRead(programId)) {
            throw new NotFoundException("Program", programId);
        }
        return readings.get(programId).value();
    }

    private OutcomesReport read(long programId) {
        ProgramView program = programs.get(programId);
        List<LearningRow> learning = OutcomeFigures.learning(assessments.ofProgram(programId));
        Optional<ComparisonGroup> found = groups.of(programId);
        if (found.isEmpty()) {
            return new OutcomesReport(programId, program.name(), false, null, null, null, 0, false, List.of(), learning,
                    SmallGroups.MINIMUM, clock.instant());
        }
        ComparisonGroup group = found.get();
        List<String> numbers = new ArrayList<>();
        group.members().forEach(m -> {
            numbers.add(m.participantNumber());
            if (m.comparisonNumber() != null) {
                numbers.add(m.comparisonNumber());
            }
        });
        LocalDate today = LocalDate.now(clock);
        LocalDate measuredOn = OutcomeFigures.measuredOn(group.startDate(), today);
        return new OutcomesReport(programId, program.name(), true, group.startDate(), group.seed(), measuredOn,
                OutcomeFigures.monthsElapsed(group.startDate(), measuredOn),
                !today.isBefore(group.startDate().plusMonths(OutcomeFigures.MONTHS)),
                OutcomeFigures.sides(group, history.of(numbers), today), learning, SmallGroups.MINIMUM,
                clock.instant());
    }

    private boolean mayRead(long programId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean overseer = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.SPONSOR.authority()));
        return overseer || programs.managedByCurrentUser(programId);
    }
}
