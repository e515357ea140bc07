package org.flipside.pairing.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Cadence;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code pair_agreement_version} and {@code pair_agreement_signature} tables. */
@Component
class AgreementStore {

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the pair's agreement, newest first. */
    List<Stored> versions(long pairId) {
        return jdbc.sql("select id, number, cadence, meeting_mode, confidentiality, mentor_expectations, "
                        + "mentee_expectations, practicalities, created_at, created_by_side from pair_agreement_version "
                        + "where pair_id = :pair order by number desc")
                .param("pair", pairId).query(AgreementStore::stored).list();
    }

    /** The signatures of these versions, by version id. */
    Map<Long, List<SignatureRow>> signatures(Collection<Long> versionIds) {
        Map<Long, List<SignatureRow>> byVersion = new HashMap<>();
        if (versionIds.isEmpty()) {
            return byVersion;
        }
        jdbc.sql("select version_id, side, participant_id, signed_at from pair_agreement_signature "
                        + "where version_id in (:ids) order by signed_at")
                .param("ids", versionIds)
                .query((rs, n) -> new SignatureRow(rs.getLong("version_id"), Side.valueOf(rs.getString("side")),
                        rs.getLong("participant_id"), instant(rs, "signed_at")))
                .list().forEach(row -> byVersion.computeIfAbsent(row.versionId(), k -> new ArrayList<>()).add(row));
        return byVersion;
    }

    void insert(long pairId, int number, AgreementTerms terms, Instant at, Side side, String by) {
        jdbc.sql("insert into pair_agreement_version (pair_id, number, cadence, meeting_mode, confidentiality, "
                        + "mentor_expectations, mentee_expectations, practicalities, created_at, created_by_side, "
                        + "created_by) values (:pair, :number, :cadence, :mode, :confidentiality, :mentor, :mentee, "
                        + ":practicalities, :at, :side, :by)")
                .param("pair", pairId).param("number", number).param("cadence", terms.cadence().name())
                .param("mode", terms.meetingMode().name()).param("confidentiality", terms.confidentiality())
                .param("mentor", terms.mentorExpectations()).param("mentee", terms.menteeExpectations())
                .param("practicalities", terms.practicalities()).param("at", utc(at)).param("side", side.name())
                .param("by", by).update();
    }

    void sign(long versionId, Side side, long participantId, Instant at, String by) {
        jdbc.sql("insert into pair_agreement_signature (version_id, side, participant_id, signed_at, signed_by) "
                        + "values (:version, :side, :participant, :at, :by)")
                .param("version", versionId).param("side", side.name()).param("participant", participantId)
                .param("at", utc(at)).param("by", by).update();
    }

    /**
     * For every pair in one of {@code states}: its current version (number, id and when it was written; none while
     * nothing is written) and which sides signed it. One query.
     */
    List<Standing> standings(Collection<String> states) {
        return standingsWhere("p.state in (:values)", states);
    }

    /** {@link #standings(Collection)} for every active pair of one program. One query. */
    List<Standing> standingsInProgram(long programId) {
        return standingsWhere("p.state = 'ACTIVE' and p.program_id in (:values)", List.of(programId));
    }

    /** {@link #standings(Collection)} for these pairs, in one query per thousand ids. */
    List<Standing> standingsOf(Collection<Long> pairIds) {
        List<Long> ids = pairIds.stream().distinct().toList();
        List<Standing> found = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            found.addAll(standingsWhere("p.id in (:values)", ids.subList(from, Math.min(from + 1000, ids.size()))));
        }
        return found;
    }

    private List<Standing> standingsWhere(String condition, Collection<?> values) {
        return jdbc.sql("select p.id pair_id, p.formed_at, v.id version_id, v.number, v.created_at, "
                        + "(select count(*) from pair_agreement_signature s where s.version_id = v.id "
                        + "and s.side = 'MENTEE') mentee_signed, "
                        + "(select count(*) from pair_agreement_signature s where s.version_id = v.id "
                        + "and s.side = 'MENTOR') mentor_signed "
                        + "from mentoring_pair p left join pair_agreement_version v on v.pair_id = p.id "
                        + "and v.number = (select max(w.number) from pair_agreement_version w where w.pair_id = p.id) "
                        + "where " + condition + " order by p.id")
                .param("values", values)
                .query((rs, n) -> {
                    long versionId = rs.getLong("version_id");
                    boolean written = !rs.wasNull();
                    return new Standing(rs.getLong("pair_id"), written ? rs.getInt("number") : 0,
                            written ? instant(rs, "created_at") : instant(rs, "formed_at"),
                            rs.getLong("mentee_signed") > 0, rs.getLong("mentor_signed") > 0);
                }).list();
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        String practicalities = rs.getString("practicalities");
        return new Stored(rs.getLong("id"), rs.getInt("number"), new AgreementTerms(
                Cadence.valueOf(rs.getString("cadence")), AgreedMeetingMode.valueOf(rs.getString("meeting_mode")),
                rs.getString("confidentiality"), rs.getString("mentor_expectations"),
                rs.getString("mentee_expectations"), practicalities),
                instant(rs, "created_at"), Side.valueOf(rs.getString("created_by_side")));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    record Stored(long id, int number, AgreementTerms terms, Instant createdAt, Side createdBySide) {
    }

    record SignatureRow(long versionId, Side side, long participantId, Instant signedAt) {
    }

    /**
     * Where a pair's agreement stands, for reminders.
     *
     * @param version  0 while nothing is written
     * @param since    when the current version was written, or when the pair formed while nothing is written
     */
    record Standing(long pairId, int version, Instant since, boolean menteeSigned, boolean mentorSigned) {

        boolean signedBy(Side side) {
            return side == Side.MENTEE ? menteeSigned : mentorSigned;
        }
    }
}
