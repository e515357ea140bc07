package org.flipside.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flipside.identity.Role;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Cadence;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramState;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.privacy.SmallGroups;
import org.flipside.shared.snapshot.Snapshots;
import org.flipside.testing.StoppedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may read a dashboard, and how long a reading is kept before the figures are read again. */
class DashboardServiceTest {

    final StoppedClock clock = new StoppedClock(Instant.parse("2026-03-02T09:00:00Z"));
    final AtomicInteger readings = new AtomicInteger();
    final Programs programs = mock(Programs.class);
    final DashboardFigures figures = new DashboardFigures(null, null, null, null, null, null, null, clock) {
        @Override
        ProgramDashboard read(long programId, String programName) {
            readings.incrementAndGet();
            return new ProgramDashboard(programId, programName, clock.instant(), SmallGroups.MINIMUM, List.of(),
                    List.of(), List.of(), List.of(), 0, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                    List.of());
        }
    };
    final DashboardService service = new DashboardService(programs, figures, new Snapshots(clock, 60));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReadingIsKeptForItsLifetimeAndShowsWhenItWasTaken() {
        when(programs.outline(7L)).thenReturn(outline(7L, "Exchange"));
        when(programs.managedByCurrentUser(7L)).thenReturn(true);
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn("pm.cache", Role.PROGRAM_MANAGER));

        Instant first = service.of(7L).asOf();
        clock.advance(Duration.ofSeconds(59));
        assertThat(service.of(7L).asOf()).isEqualTo(first);
        assertThat(readings).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(service.of(7L).asOf()).isEqualTo(first.plusSeconds(61));
        assertThat(readings).hasValue(2);
    }

    @Test
    void aManagerOfAnotherProgramGetsNotFoundAndNothingIsRead() {
        when(programs.outline(8L)).thenReturn(outline(8L, "Other"));
        when(programs.managedByCurrentUser(8L)).thenReturn(false);
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn("pm.other", Role.PROGRAM_MANAGER));

        assertThatThrownBy(() -> service.of(8L)).isInstanceOf(NotFoundException.class);
        assertThat(readings).hasValue(0);

        ProgramTestUsers.actAs(ProgramTestUsers.signedIn("sponsor.any", Role.SPONSOR));
        assertThat(service.of(8L).programId()).isEqualTo(8L);
        assertThat(readings).hasValue(1);
    }

    private static ProgramOutline outline(long id, String name) {
        return new ProgramOutline(id, name, Cadence.FORTNIGHTLY, ProgramState.RUNNING, null, null);
    }
}
