package org.flipside.matching.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Matching runs: created queued, moved along by the runner, finished done or failed. */
@Repository
public class RunStore {

    public static final String KIND = "Matching run";

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MatchingRun create(long programId, String settings, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into matching_run (program_id, state, progress, settings, mentees, mentors, started_at, "
                        + "started_by, heartbeat_at, version) "
                        + "values (:program, 'QUEUED', 0, :settings, 0, 0, :at, :by, :at, 0)")
                .param("program", programId).param("settings", settings).param("at", utc(at)).param("by", by)
                .update(keys, "id");
        return find(keys.getKey().longValue()).orElseThrow();
    }

    public Optional<MatchingRun> find(long id) {
        return jdbc.sql("select * from matching_run where id = :id").param("id", id).query(RunStore::row).optional();
    }

    /**
     * Locks the run's row until the caller's transaction ends, so edits of its proposals queue one after the other
     * instead of each working from what the other is about to change.
     */
    public void lock(long id) {
        jdbc.sql("select id from matching_run where id = :id for update").param("id", id).query(Long.class).optional();
    }

    /** The program's runs, newest first. */
    public List<MatchingRun> ofProgram(long programId) {
        return jdbc.sql("select * from matching_run where program_id = :program order by id desc")
                .param("program", programId).query(RunStore::row).list();
    }

    public void started(long id, String phase) {
        jdbc.sql("update matching_run set state = 'RUNNING', phase = :phase, version = version + 1 where id = :id")
                .param("id", id).param("phase", phase).update();
    }

    public void sized(long id, int mentees, int mentors) {
        jdbc.sql("update matching_run set mentees = :mentees, mentors = :mentors where id = :id")
                .param("id", id).param("mentees", mentees).param("mentors", mentors).update();
    }

    public void progress(long id, String phase, int progress) {
        jdbc.sql("update matching_run set phase = :phase, progress = :progress where id = :id and state = 'RUNNING'")
                .param("id", id).param("phase", phase).param("progress", progress).update();
    }

    public void done(long id, RunTotals totals, Instant at) {
        jdbc.sql("update matching_run set state = 'DONE', phase = null, progress = 100, matched = :matched, "
                        + "total_score = :total, certified = :certified, gap = :gap, solve_millis = :millis, "
                        + "finished_at = :at, version = version + 1 where id = :id")
                .param("id", id).param("matched", totals.matched()).param("total", totals.totalScore())
                .param("certified", totals.certified()).param("gap", totals.gap())
                .param("millis", totals.solveMillis()).param("at", utc(at)).update();
    }

    public void failed(long id, String failure, Instant at) {
        jdbc.sql("update matching_run set state = 'FAILED', failure = :failure, finished_at = :at, "
                        + "version = version + 1 where id = :id")
                .param("id", id).param("failure", limit(failure, 1000)).param("at", utc(at)).update();
    }

    /** After a manager's swap: new total, edit time. */
    public void edited(long id, long totalScore, Instant at, String by) {
        jdbc.sql("update matching_run set total_score = :total, edited_at = :at, edited_by = :by, "
                        + "version = version + 1 where id = :id")
                .param("id", id).param("total", totalScore).param("at", utc(at)).param("by", by).update();
    }

    /** Marks the given unfinished runs as still looked after by a live instance. */
    public void heartbeat(Collection<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update matching_run set heartbeat_at = :at where id in (:ids) and state in ('QUEUED', 'RUNNING')")
                    .param("at", utc(at)).param("ids", ids).update();
        }
    }

    /**
     * Fails queued or running runs whose instance stopped looking after them (no heartbeat since {@code silentSince}):
     * nothing will ever finish them. Runs of live instances keep beating and are left alone.
     */
    public int failAbandoned(Instant silentSince, String failure, Instant at) {
        return jdbc.sql("update matching_run set state = 'FAILED', failure = :failure, finished_at = :at, "
                        + "version = version + 1 where state in ('QUEUED', 'RUNNING') and heartbeat_at < :silent")
                .param("failure", failure).param("at", utc(at)).param("silent", utc(silentSince)).update();
    }

    private static MatchingRun row(ResultSet rs, int n) throws SQLException {
        return new MatchingRun(rs.getLong("id"), rs.getLong("program_id"), RunState.valueOf(rs.getString("state")),
                rs.getString("phase"), rs.getInt("progress"), rs.getString("settings"), rs.getInt("mentees"),
                rs.getInt("mentors"), rs.getObject("matched", Integer.class), rs.getObject("total_score", Long.class),
                rs.getObject("certified", Boolean.class), rs.getObject("gap", Long.class),
                rs.getObject("solve_millis", Long.class), rs.getString("failure"), instant(rs, "started_at"),
                rs.getString("started_by"), instant(rs, "finished_at"), instant(rs, "published_at"),
                rs.getString("published_by"), instant(rs, "edited_at"), rs.getString("edited_by"),
                rs.getLong("version"));
    }

    static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
