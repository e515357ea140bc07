package org.flipside.pairing.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code pair_assessment} and {@code pair_assessment_rating} tables. */
@Component
class AssessmentStore {

    private static final String SELECT = "select a.id, a.pair_id, a.participant_id, a.side, a.phase, a.submitted_at, "
            + "a.updated_at, a.version, r.position, r.item, r.rating, r.comment from pair_assessment a "
            + "join pair_assessment_rating r on r.assessment_id = a.id ";
    private static final String ORDER = " order by a.pair_id, a.side, a.phase desc, r.position";

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredAssessment> ofPair(long pairId) {
        return assemble(jdbc.sql(SELECT + "where a.pair_id = :pair" + ORDER).param("pair", pairId)
                .query(AssessmentStore::row).list());
    }

    List<StoredAssessment> ofProgram(long programId) {
        return assemble(jdbc.sql(SELECT + "join mentoring_pair p on p.id = a.pair_id where p.program_id = :program"
                + ORDER).param("program", programId).query(AssessmentStore::row).list());
    }

    /** Inserts a new assessment; a second one for the same pair, side and phase fails on the unique key. */
    long insert(long pairId, long participantId, Side side, Phase phase, Instant at, List<RatingInput> ratings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into pair_assessment (pair_id, participant_id, side, phase, submitted_at, updated_at, version) "
                        + "values (:pair, :participant, :side, :phase, :at, :at, 0)")
                .param("pair", pairId).param("participant", participantId).param("side", side.name())
                .param("phase", phase.name()).param("at", utc(at)).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertRatings(id, ratings);
        return id;
    }

    /** Replaces the ratings if the assessment is still at {@code version}; false when someone saved it since. */
    boolean replace(long id, long version, Instant at, List<RatingInput> ratings) {
        int changed = jdbc.sql("update pair_assessment set version = version + 1, updated_at = :at "
                        + "where id = :id and version = :version")
                .param("at", utc(at)).param("id", id).param("version", version).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("delete from pair_assessment_rating where assessment_id = :id").param("id", id).update();
        insertRatings(id, ratings);
        return true;
    }

    private void insertRatings(long id, List<RatingInput> ratings) {
        for (int i = 0; i < ratings.size(); i++) {
            RatingInput rating = ratings.get(i);
            jdbc.sql("insert into pair_assessment_rating (assessment_id, position, item, rating, comment) "
                            + "values (:id, :position, :item, :rating, :comment)")
                    .param("id", id).param("position", i).param("item", rating.item())
                    .param("rating", rating.rating()).param("comment", rating.comment()).update();
        }
    }

    private static List<StoredAssessment> assemble(List<Row> rows) {
        Map<Long, List<Row>> byAssessment = new LinkedHashMap<>();
        rows.forEach(row -> byAssessment.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byAssessment.values().stream().map(group -> {
            Row first = group.get(0);
            return new StoredAssessment(first.id(), first.pairId(), first.participantId(), first.side(),
                    first.phase(), first.submittedAt(), first.updatedAt(), first.version(),
                    group.stream().map(Row::rating).toList());
        }).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("pair_id"), rs.getLong("participant_id"),
                Side.valueOf(rs.getString("side")), Phase.valueOf(rs.getString("phase")),
                rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
                new RatingInput(rs.getString("item"), rs.getInt("rating"), rs.getString("comment")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private record Row(long id, long pairId, long participantId, Side side, Phase phase, Instant submittedAt,
                       Instant updatedAt, long version, RatingInput rating) {
    }
}
