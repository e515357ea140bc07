package org.flipside.pairing.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code pair_session} table. Every change is conditional on the version the caller read. */
@Component
class SessionStore {

    private static final String COLUMNS = "id, pair_id, uid, sequence, starts_at, minutes, time_zone, mode, location, "
            + "agenda, guide_id, status, scheduled_by_side, cancelled_by_side, cancelled_at, cancel_reason, "
            + "no_show_side, actual_minutes, topics, takeaway, logged_at, logged_by_side, version";

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new scheduled session; its calendar UID joins the id to a random part, so it cannot be guessed. */
    long insert(long pairId, String uidSuffix, Planned plan, Side by, Instant at, String user) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into pair_session (pair_id, uid, sequence, starts_at, minutes, time_zone, mode, location, "
                        + "agenda, guide_id, status, scheduled_by_side, created_at, created_by, updated_at, updated_by, "
                        + "version) values (:pair, :uid, 0, :start, :minutes, :zone, :mode, :location, :agenda, "
                        + ":guide, 'SCHEDULED', :by, :at, :user, :at, :user, 0)")
                .param("pair", pairId).param("uid", "pending-" + uidSuffix).param("start", utc(plan.start()))
                .param("minutes", plan.minutes()).param("zone", plan.zone().getId()).param("mode", plan.mode().name())
                .param("location", plan.location()).param("agenda", plan.agenda()).param("guide", plan.guideId())
                .param("by", by.name()).param("at", utc(at)).param("user", user)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        jdbc.sql("update pair_session set uid = :uid where id = :id")
                .param("uid", "session-" + id + "-" + uidSuffix + "@flipside").param("id", id).update();
        return id;
    }

    Optional<SessionRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from pair_session where id = :id").param("id", id)
                .query(SessionStore::row).optional();
    }

    /** The pair's sessions, latest start first. */
    List<SessionRow> ofPair(long pairId) {
        return jdbc.sql("select " + COLUMNS + " from pair_session where pair_id = :pair order by starts_at desc, id desc")
                .param("pair", pairId).query(SessionStore::row).list();
    }

    /** Moves or changes a planned session: a new calendar sequence. False if it changed or was logged meanwhile. */
    boolean reschedule(long id, long version, Planned plan, Instant at, String user) {
        return jdbc.sql("update pair_session set starts_at = :start, minutes = :minutes, time_zone = :zone, "
                        + "mode = :mode, location = :location, agenda = :agenda, guide_id = :guide, "
                        + "sequence = sequence + 1, updated_at = :at, updated_by = :user, version = version + 1 "
                        + "where id = :id and version = :version and status = 'SCHEDULED'")
                .param("start", utc(plan.start())).param("minutes", plan.minutes()).param("zone", plan.zone().getId())
                .param("mode", plan.mode().name()).param("location", plan.location()).param("agenda", plan.agenda())
                .param("guide", plan.guideId()).param("at", utc(at)).param("user", user).param("id", id)
                .param("version", version).update() == 1;
    }

    /**
     * Cancels a planned session ahead of time; the calendar entry is withdrawn with a new sequence. The cancellation
     * is what happened to the session, so it counts as logged by the side that cancelled.
     */
    boolean cancel(long id, long version, Side by, String reason, Instant at, String user) {
        return jdbc.sql("update pair_session set status = 'CANCELLED', cancelled_by_side = :by, cancelled_at = :at, "
                        + "cancel_reason = :reason, logged_at = :at, logged_by_side = :by, sequence = sequence + 1, "
                        + "updated_at = :at, updated_by = :user, "
                        + "version = version + 1 where id = :id and version = :version and status = 'SCHEDULED'")
                .param("by", by.name()).param("at", utc(at)).param("reason", reason).param("user", user)
                .param("id", id).param("version", version).update() == 1;
    }

    /** Records (or corrects) what happened; fields that do not belong to the outcome are cleared. */
    boolean log(long id, long version, SessionOutcome outcome, Side loggedBy, Instant at, String user) {
        return jdbc.sql("update pair_session set status = :status, cancelled_by_side = :cancelledBy, "
                        + "cancelled_at = case when :status = 'CANCELLED' then coalesce(cancelled_at, :at) end, "
                        + "cancel_reason = case when :status = 'CANCELLED' then cancel_reason end, "
                        + "no_show_side = :noShow, actual_minutes = :actual, topics = :topics, takeaway = :takeaway, "
                        + "logged_at = :at, logged_by_side = :loggedBy, updated_at = :at, updated_by = :user, "
                        + "version = version + 1 where id = :id and version = :version")
                .param("status", outcome.status().name())
                .param("cancelledBy", outcome.cancelledBy() == null ? null : outcome.cancelledBy().name())
                .param("noShow", outcome.noShow() == null ? null : outcome.noShow().name())
                .param("actual", outcome.actualMinutes())
                .param("topics", outcome.topics().isEmpty() ? null : String.join("\n", outcome.topics()))
                .param("takeaway", outcome.takeaway()).param("at", utc(at)).param("loggedBy", loggedBy.name())
                .param("user", user).param("id", id).param("version", version).update() == 1;
    }

    /** Planned sessions starting after {@code from} and at or before {@code to}, soonest first. */
    List<SessionRow> scheduledStarting(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from pair_session where status = 'SCHEDULED' and starts_at > :from "
                        + "and starts_at <= :to order by starts_at, id")
                .param("from", utc(from)).param("to", utc(to)).query(SessionStore::row).list();
    }

    private static SessionRow row(ResultSet rs, int n) throws SQLException {
        String topics = rs.getString("topics");
        Number guide = (Number) rs.getObject("guide_id");
        Number actual = (Number) rs.getObject("actual_minutes");
        String noShow = rs.getString("no_show_side");
        return new SessionRow(rs.getLong("id"), rs.getLong("pair_id"), rs.getString("uid"), rs.getInt("sequence"),
                instant(rs, "starts_at"), rs.getInt("minutes"), rs.getString("time_zone"),
                SessionMode.valueOf(rs.getString("mode")), rs.getString("location"), rs.getString("agenda"),
                guide == null ? null : guide.longValue(), SessionStatus.valueOf(rs.getString("status")),
                side(rs, "scheduled_by_side"), side(rs, "cancelled_by_side"), instant(rs, "cancelled_at"),
                rs.getString("cancel_reason"), noShow == null ? null : NoShowSide.valueOf(noShow),
                actual == null ? null : actual.intValue(),
                topics == null ? List.of() : Arrays.asList(topics.split("\n")), rs.getString("takeaway"),
                instant(rs, "logged_at"), side(rs, "logged_by_side"), rs.getLong("version"));
    }

    private static Side side(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Side.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
