package org.flipside.analytics.dashboard;

import java.time.ZoneId;
import org.flipside.identity.Role;
import org.flipside.program.ProgramOutline;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.snapshot.SnapshotCache;
import org.flipside.shared.snapshot.Snapshots;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * {@link ProgramDashboards}: decides who may read, then serves the program's figures from a short-lived cache so that
 * many overseers opening the dashboard at once cost one reading per program and lifetime ({@link Snapshots}). The
 * at-risk reasons are worded with dates in the reader's time zone, so the cache keeps one entry per program and zone.
 */
@Service
class DashboardService implements ProgramDashboards {

    private final Programs programs;
    private final SnapshotCache<Key, ProgramDashboard> cache;

    DashboardService(Programs programs, DashboardFigures figures, Snapshots snapshots) {
        this.programs = programs;
        this.cache = snapshots.cache(1_000, key -> figures.read(key.programId(), key.programName()));
    }

    @Override
    public ProgramDashboard of(long programId) {
        ProgramOutline program = programs.outline(programId);
        if (!mayRead(programId)) {
            throw new NotFoundException("Program", programId);
        }
        return cache.get(new Key(programId, program.name(), DashboardZone.current())).value();
    }

    private boolean mayRead(long programId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean overseer = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.SPONSOR.authority()));
        return overseer || programs.managedByCurrentUser(programId);
    }

    private record Key(long programId, String programName, ZoneId zone) {
    }
}
