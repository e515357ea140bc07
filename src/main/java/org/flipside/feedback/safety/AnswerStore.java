package org.flipside.feedback.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code safety_answer} table. A row holds a random id, the program, the round, the day and the values — nothing
 * about who answered, and no sequence or time of day that would line it up with an invitation.
 */
@Component
class AnswerStore {

    private final JdbcClient jdbc;

    AnswerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long programId, int round, LocalDate day, List<Integer> values) {
        jdbc.sql("insert into safety_answer (id, program_id, round_number, answered_on, statement_1, statement_2, "
                        + "statement_3, statement_4, statement_5) values (:id, :program, :round, :day, :s1, :s2, :s3, "
                        + ":s4, :s5)")
                .param("id", UUID.randomUUID().toString()).param("program", programId).param("round", round)
                .param("day", day).param("s1", values.get(0)).param("s2", values.get(1)).param("s3", values.get(2))
                .param("s4", values.get(3)).param("s5", values.get(4)).update();
    }

    /** How many answered per round of the program, and how often each value was chosen for each statement. */
    List<Tally> tallies(long programId) {
        List<Tally> tallies = new ArrayList<>();
        for (int statement = 1; statement <= PulseStatements.COUNT; statement++) {
            int n = statement;
            // The column name is one of five fixed names, never anything a caller sends.
            tallies.addAll(jdbc.sql("select round_number, statement_" + n + " as val, count(*) as answers "
                            + "from safety_answer where program_id = :program group by round_number, statement_" + n)
                    .param("program", programId)
                    .query((rs, row) -> new Tally(rs.getInt("round_number"), n, rs.getInt("val"),
                            rs.getLong("answers")))
                    .list());
        }
        return tallies;
    }

    /** How many times {@code value} was chosen for {@code statement} in {@code round}. */
    record Tally(int round, int statement, int value, long answers) {
    }
}
