package org.flipside.matching.figures;

import java.util.ArrayList;
import java.util.List;
import org.flipside.matching.MatchFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link MatchFigures} grouped by the database over ix_mentor_match_program (program_id, state). */
@Component
class MatchFiguresQuery implements MatchFigures {

    static final int BANDS = 1000 / BAND_WIDTH;

    private final JdbcClient jdbc;

    MatchFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ConfirmedMatches of(long programId) {
        long[] counts = new long[BANDS];
        jdbc.sql("select score / " + BAND_WIDTH + " as band, count(*) as matches from mentor_match "
                        + "where program_id = :program and state = 'CONFIRMED' group by score / " + BAND_WIDTH)
                .param("program", programId)
                .query((rs, n) -> new long[]{rs.getLong("band"), rs.getLong("matches")}).list()
                // A perfect 1000 belongs to the top band.
                .forEach(row -> counts[(int) Math.max(0, Math.min(BANDS - 1, row[0]))] += row[1]);
        long people = jdbc.sql("select count(distinct mentee_participant_id) + count(distinct mentor_participant_id) "
                        + "from mentor_match where program_id = :program and state = 'CONFIRMED'")
                .param("program", programId).query(Long.class).single();
        List<ScoreBand> bands = new ArrayList<>();
        long matches = 0;
        for (int band = 0; band < BANDS; band++) {
            bands.add(new ScoreBand(band * BAND_WIDTH / 10, (band + 1) * BAND_WIDTH / 10, counts[band]));
            matches += counts[band];
        }
        return new ConfirmedMatches(matches, people, bands);
    }
}
