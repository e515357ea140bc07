package org.flipside.analytics.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flipside.identity.Role;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * {@link ProgramDashboards}: decides who may read, then serves the program's figures from a short-lived cache so that
 * many overseers opening the dashboard at once cost one reading per program and lifetime. The at-risk reasons are
 * worded with dates in the reader's time zone, so the cache keeps one entry per program and zone.
 */
@Service
class DashboardService implements ProgramDashboards {

    private final Programs programs;
    private final DashboardFigures figures;
    private final Clock clock;
    private final Duration lifetime;
    private final Map<Key, ProgramDashboard> cache = new ConcurrentHashMap<>();

    DashboardService(Programs programs, DashboardFigures figures, Clock clock,
                     @Value("${flipside.dashboard.cache-seconds:60}") long cacheSeconds) {
        this.programs = programs;
        this.figures = figures;
        this.clock = clock;
        this.lifetime = Duration.ofSeconds(cacheSeconds);
    }

    @Override
    public ProgramDashboard of(long programId) {
        ProgramView program = programs.get(programId);
        if (!mayRead(programId)) {
            throw new NotFoundException("Program", programId);
        }
        Instant now = clock.instant();
        Key key = new Key(programId, DashboardZone.current());
        ProgramDashboard cached = cache.get(key);
        if (cached != null && fresh(cached, now)) {
            return cached;
        }
        cache.values().removeIf(entry -> !fresh(entry, now));
        ProgramDashboard read = figures.read(programId, program.name());
        cache.put(key, read);
        return read;
    }

    private boolean fresh(ProgramDashboard entry, Instant now) {
        return !now.isBefore(entry.asOf()) && now.isBefore(entry.asOf().plus(lifetime));
    }

    private boolean mayRead(long programId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean overseer = caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.ADMIN.authority()) || a.equals(Role.SPONSOR.authority()));
        return overseer || programs.managedByCurrentUser(programId);
    }

    private record Key(long programId, ZoneId zone) {
    }
}
