package org.flipside.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.flipside.shared.web.PageOf;
import org.flipside.testing.TestClock;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit log keeps every field of an entry and its search filters combine as administrators expect. */
abstract class AuditPersistenceContract {

    @Autowired
    AuditLog log;
    @Autowired
    AuditTrail trail;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void keepsEveryFieldOfAnEntry() {
        String actor = Unique.username("auditor");
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        log.recordAs(actor, "192.0.2.7", "TEST_KEPT", Outcome.FAILURE, "Thing", 42L, "why it failed");

        AuditEntry entry = only(new AuditSearch(actor, null, null, null, null, null));
        assertThat(entry.id()).isPositive();
        assertThat(entry.actor()).isEqualTo(actor);
        assertThat(entry.remoteAddress()).isEqualTo("192.0.2.7");
        assertThat(entry.action()).isEqualTo("TEST_KEPT");
        assertThat(entry.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(entry.targetType()).isEqualTo("Thing");
        assertThat(entry.targetId()).isEqualTo("42");
        assertThat(entry.details()).isEqualTo("why it failed");
        assertThat(entry.occurredAt()).isBetween(before.minusMillis(1), clock.instant().plusMillis(1));
        assertThat(trail.actions()).contains("TEST_KEPT");
    }

    @Test
    void takesActorAndAddressFromTheCurrentRequestAndUser() {
        String target = Unique.username("target");
        RequestContextHolder.resetRequestAttributes();
        log.success("TEST_STARTUP_TASK", "Thing", target, null);

        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/somewhere");
        request.setRemoteAddr("203.0.113.9");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        log.success("TEST_ANONYMOUS_REQUEST", "Thing", target, null);

        String signedIn = Unique.username("signed.in");
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(signedIn, null, "ROLE_ADMIN"));
        log.success("TEST_SIGNED_IN_REQUEST", "Thing", target, null);

        List<AuditEntry> entries = trail.search(new AuditSearch(null, null, null, target, null, null), 0, 10).items();
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::actor, AuditEntry::remoteAddress).containsExactly(
                tuple("TEST_SIGNED_IN_REQUEST", signedIn, "203.0.113.9"),
                tuple("TEST_ANONYMOUS_REQUEST", "anonymous", "203.0.113.9"),
                tuple("TEST_STARTUP_TASK", "system", "internal"));
    }

    @Test
    void cutsOverlongValuesInsteadOfFailing() {
        String actor = Unique.username("long");
        log.recordAs(actor, null, "TEST_LONG", Outcome.SUCCESS, "Thing", "t".repeat(300), "d".repeat(5000));

        AuditEntry entry = only(new AuditSearch(actor, null, null, null, null, null));
        assertThat(entry.targetId()).hasSize(100);
        assertThat(entry.details()).hasSize(2000);
    }

    @Test
    void filtersByActorActionOutcomeTargetAndTime() {
        String actor = Unique.username("Filter.Actor");
        String otherActor = Unique.username("filter.other");
        String target = Unique.username("filter.target");
        Instant start = clock.instant();
        log.recordAs(actor, "198.51.100.1", "TEST_CREATE", Outcome.SUCCESS, "Widget", target, null);
        clock.advance(Duration.ofMinutes(10));
        Instant middle = clock.instant();
        log.recordAs(actor, "198.51.100.1", "TEST_DELETE", Outcome.DENIED, "Widget", target, null);
        clock.advance(Duration.ofMinutes(10));
        log.recordAs(otherActor, "198.51.100.2", "TEST_CREATE", Outcome.SUCCESS, "Gadget", "unrelated", null);
        clock.advance(Duration.ofMinutes(10));
        Instant end = clock.instant();

        // actor: case-insensitive part of the name
        assertThat(actions(new AuditSearch(actor.toUpperCase().substring(0, actor.length() - 1) + actor.charAt(actor.length() - 1),
                null, null, null, null, null))).containsExactly("TEST_DELETE", "TEST_CREATE");
        // action: exact
        assertThat(actions(new AuditSearch(actor, "TEST_CREATE", null, null, null, null))).containsExactly("TEST_CREATE");
        assertThat(actions(new AuditSearch(actor, "TEST_CREAT", null, null, null, null))).isEmpty();
        // outcome
        assertThat(actions(new AuditSearch(actor, null, Outcome.DENIED, null, null, null))).containsExactly("TEST_DELETE");
        // target: part of its id or its type, any case
        assertThat(search(new AuditSearch(null, null, null, target.toUpperCase(), null, null)).totalItems()).isEqualTo(2);
        assertThat(actions(new AuditSearch(otherActor, null, null, "gadg", null, null))).containsExactly("TEST_CREATE");
        assertThat(actions(new AuditSearch(otherActor, null, null, "widget", null, null))).isEmpty();
        // time: from inclusive, to exclusive
        assertThat(actions(new AuditSearch(actor, null, null, null, start.minusSeconds(1), middle))).containsExactly("TEST_CREATE");
        assertThat(actions(new AuditSearch(actor, null, null, null, middle, end))).containsExactly("TEST_DELETE");
        assertThat(actions(new AuditSearch(actor, null, null, null, end, null))).isEmpty();
        // combined
        assertThat(actions(new AuditSearch(actor, "TEST_DELETE", Outcome.DENIED, target, start, end))).containsExactly("TEST_DELETE");
        assertThat(actions(new AuditSearch(actor, "TEST_DELETE", Outcome.SUCCESS, target, start, end))).isEmpty();
    }

    @Test
    void pagesNewestFirst() {
        String actor = Unique.username("pager");
        for (int i = 1; i <= 5; i++) {
            log.recordAs(actor, null, "TEST_STEP_" + i, Outcome.SUCCESS, null, null, null);
            clock.advance(Duration.ofSeconds(1));
        }
        AuditSearch mine = new AuditSearch(actor, null, null, null, null, null);

        PageOf<AuditEntry> first = trail.search(mine, 0, 2);
        PageOf<AuditEntry> last = trail.search(mine, 2, 2);

        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items()).extracting(AuditEntry::action).containsExactly("TEST_STEP_5", "TEST_STEP_4");
        assertThat(last.items()).extracting(AuditEntry::action).containsExactly("TEST_STEP_1");
        assertThat(last.hasNext()).isFalse();
    }

    private AuditEntry only(AuditSearch search) {
        return search(search).items().stream().reduce((a, b) -> {
            throw new AssertionError("more than one entry for " + search);
        }).orElseThrow(() -> new AssertionError("no entry for " + search));
    }

    private PageOf<AuditEntry> search(AuditSearch search) {
        return trail.search(search, 0, 50);
    }

    private List<String> actions(AuditSearch search) {
        return search(search).items().stream().map(AuditEntry::action).toList();
    }
}
