package org.flipside.pairing.cadence;

import java.time.Instant;
import java.time.ZoneOffset;
import org.flipside.testing.Unique;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Writes {@code pair_session} rows as the sessions part of the workspace would, and moves a pair's activation back in
 * time, so cadence tests control a pair's history without waiting or moving the shared clock.
 */
public final class SessionRows {

    private final JdbcClient jdbc;

    public SessionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void activatedAt(long pairId, Instant at) {
        jdbc.sql("update mentoring_pair set activated_at = :at, formed_at = :at where id = :id")
                .param("at", at.atOffset(ZoneOffset.UTC)).param("id", pairId).update();
    }

    public long held(long pairId, Instant start) {
        return insert(pairId, start, "HELD", null, null);
    }

    public long scheduled(long pairId, Instant start) {
        return insert(pairId, start, "SCHEDULED", null, null);
    }

    public long cancelledBy(long pairId, Instant start, String side) {
        return insert(pairId, start, "CANCELLED", side, null);
    }

    public long noShow(long pairId, Instant start, String side) {
        return insert(pairId, start, "NO_SHOW", null, side);
    }

    private long insert(long pairId, Instant start, String status, String cancelledBy, String noShow) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into pair_session (pair_id, uid, sequence, starts_at, minutes, time_zone, mode, agenda, "
                        + "status, scheduled_by_side, cancelled_by_side, cancelled_at, no_show_side, logged_at, "
                        + "created_at, created_by, updated_at, updated_by, version) values (:pair, :uid, 0, :start, "
                        + "60, 'UTC', 'VIDEO', 'Catch up', :status, 'MENTOR', :cancelledBy, :cancelledAt, :noShow, "
                        + ":logged, :start, 'test', :start, 'test', 0)")
                .param("pair", pairId).param("uid", Unique.username("uid") + "@flipside.test")
                .param("start", start.atOffset(ZoneOffset.UTC)).param("status", status)
                .param("cancelledBy", cancelledBy)
                .param("cancelledAt", cancelledBy == null ? null : start.atOffset(ZoneOffset.UTC))
                .param("noShow", noShow)
                .param("logged", "SCHEDULED".equals(status) ? null : start.plusSeconds(3600).atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }
}
