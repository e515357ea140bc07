package org.flipside.analytics.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.analytics.overview.OverviewFigures.Taking;
import org.flipside.identity.Role;
import org.flipside.insights.InsightFigures;
import org.flipside.insights.ProgramInsightFigures;
import org.flipside.pairing.PairCounts;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramQuery;
import org.flipside.program.ProgramRosters;
import org.flipside.program.ProgramRosters.RosterEntry;
import org.flipside.program.ProgramSummary;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's overview, for administrators and sponsors only (anyone else: {@link AccessDeniedException}, a
 * 403, since the page is about no one record). Participants are the approved ones; what a person is comes from the
 * directory as it stands today.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationOverviews {

    private static final int PAGE = 200;

    private final Programs programs;
    private final ProgramRosters rosters;
    private final PairCounts pairs;
    private final InsightFigures insights;
    private final Directory directory;
    private final Clock clock;
    private final SnapshotCache<Boolean, OrganisationOverview> readings;

    OrganisationOverviews(Programs programs, ProgramRosters rosters, PairCounts pairs, InsightFigures insights,
                          Directory directory, Clock clock, Snapshots snapshots) {
        this.programs = programs;
        this.rosters = rosters;
        this.pairs = pairs;
        this.insights = insights;
        this.directory = directory;
        this.clock = clock;
        this.readings = snapshots.cache(1, everything -> read());
    }

    /** The overview as last read: every program's roster and the directory entry of everyone taking part. */
    public OrganisationOverview get() {
        requireOverseer();
        return readings.get(Boolean.TRUE).value();
    }

    private OrganisationOverview read() {
        List<ProgramSummary> all = allPrograms();
        List<Long> ids = all.stream().map(ProgramSummary::id).toList();
        Map<Long, PairCounts.Counts> pairCounts = pairs.of(ids);
        Map<Side, Set<String>> numbers = new EnumMap<>(Map.of(Side.MENTOR, new HashSet<>(), Side.MENTEE, new HashSet<>()));
        List<ProgramLine> lines = new ArrayList<>();
        for (ProgramSummary p : all) {
            int[] sides = new int[2];
            for (RosterEntry entry : rosters.of(p.id())) {
                if (entry.state() == ParticipantState.APPROVED) {
                    sides[entry.side() == Side.MENTOR ? 0 : 1]++;
                    numbers.get(entry.side()).add(entry.employeeNumber());
                }
            }
            PairCounts.Counts counts = pairCounts.getOrDefault(p.id(), new PairCounts.Counts(p.id(), 0, 0));
            ProgramInsightFigures said = insights.of(p.id());
            lines.add(new ProgramLine(p.id(), p.name(), p.state(), p.startDate(), p.endDate(), sides[0], sides[1],
                    counts.pairs(), counts.sessionsHeld(), said.raised(), said.turnedIntoActions(),
                    said.actionsDone()));
        }
        List<PairCounts.Couple> couples = pairs.couples(ids);
        Set<String> everyone = new HashSet<>(numbers.get(Side.MENTOR));
        everyone.addAll(numbers.get(Side.MENTEE));
        couples.forEach(c -> {
            everyone.add(c.menteeNumber());
            everyone.add(c.mentorNumber());
        });
        Map<String, Employee> people = directory.byNumbers(everyone);
        Set<Taking> taking = new HashSet<>();
        numbers.forEach((side, set) -> set.stream().map(people::get).filter(e -> e != null)
                .forEach(e -> taking.add(new Taking(side, e))));
        return new OrganisationOverview(LocalDate.now(clock), lines, List.of(GenerationBand.values()),
                OverviewFigures.breakdown("department", taking, Employee::department, Comparator.naturalOrder()),
                OverviewFigures.breakdown("grade", taking, OverviewFigures::grade, OverviewFigures.gradeOrder()),
                OverviewFigures.breakdown("generation", taking, OverviewFigures::band, OverviewFigures.bandOrder()),
                OverviewFigures.reach(couples, people), SmallGroups.MINIMUM, clock.instant());
    }

    private List<ProgramSummary> allPrograms() {
        List<ProgramSummary> all = new ArrayList<>();
        PageOf<ProgramSummary> page;
        int n = 0;
        do {
            page = programs.list(new ProgramQuery(null, null, n++, PAGE));
            all.addAll(page.items());
        } while (n < page.totalPages());
        all.sort(Comparator.comparing(ProgramSummary::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ProgramSummary::id));
        return all;
    }

    private static void requireOverseer() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean overseer = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.SPONSOR.authority()));
        if (!overseer) {
            throw new AccessDeniedException("The organisation overview is for administrators and sponsors");
        }
    }
}
