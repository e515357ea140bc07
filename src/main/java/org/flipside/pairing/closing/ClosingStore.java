package org.flipside.pairing.closing;

import java.time.Instant;
import java.time.ZoneOffset;
import org.flipside.pairing.PairState;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The closing columns of {@code mentoring_pair}. Every change is conditional on the version the caller read and on
 * the pair being open, and moves the version on: a change that finds neither answers {@code false}.
 */
@Component
class ClosingStore {

    private static final String OPEN = " where id = :id and version = :version and state in ('FORMING', 'ACTIVE')";

    private final JdbcClient jdbc;

    ClosingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A side proposes (or counters with) an outcome; its reason is set, the other side's is left as it was. */
    boolean propose(long id, long version, PairState outcome, Side side, String reason, Instant at) {
        return jdbc.sql("update mentoring_pair set closing_outcome = :outcome, closing_requested_by = :side, "
                        + "closing_requested_at = :at, " + reasonColumn(side) + " = :reason, version = version + 1"
                        + OPEN)
                .param("outcome", outcome.name()).param("side", side.name()).param("at", at.atOffset(ZoneOffset.UTC))
                .param("reason", reason).param("id", id).param("version", version).update() == 1;
    }

    /** The proposal is withdrawn: nothing about closing stays. */
    boolean withdraw(long id, long version) {
        return jdbc.sql("update mentoring_pair set closing_outcome = null, closing_requested_by = null, "
                        + "closing_requested_at = null, mentee_close_reason = null, mentor_close_reason = null, "
                        + "version = version + 1" + OPEN)
                .param("id", id).param("version", version).update() == 1;
    }

    /** The partner agrees with their reason: the pair is closed with the proposed outcome. */
    boolean agree(long id, long version, PairState outcome, Side side, String reason, Instant at, String by) {
        return jdbc.sql("update mentoring_pair set state = :outcome, " + reasonColumn(side) + " = :reason, "
                        + "closed_at = :at, closed_by = :by, version = version + 1" + OPEN
                        + " and closing_outcome = :outcome")
                .param("outcome", outcome.name()).param("reason", reason).param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by).param("id", id).param("version", version).update() == 1;
    }

    /** A manager closes the pair directly; what its people proposed stays on record, but nobody "requested" it. */
    boolean closeByManager(long id, long version, PairState outcome, String reason, Instant at, String by) {
        return jdbc.sql("update mentoring_pair set state = :outcome, closing_outcome = :outcome, "
                        + "closing_requested_by = null, manager_close_reason = :reason, closed_at = :at, "
                        + "closed_by = :by, version = version + 1" + OPEN)
                .param("outcome", outcome.name()).param("reason", reason).param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by).param("id", id).param("version", version).update() == 1;
    }

    private static String reasonColumn(Side side) {
        return side == Side.MENTEE ? "mentee_close_reason" : "mentor_close_reason";
    }
}
