package org.flipside.pairing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Skills on participants' profiles, written straight to the tables, for tests of what a pair works on. */
public final class PairProfiles {

    private final JdbcClient jdbc;

    public PairProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds these skills (level 3) to the participant's offered or wanted skills, creating the profile if needed. */
    public void skills(long participant, String direction, String... codes) {
        if (jdbc.sql("select count(*) from profile where participant_id = :p").param("p", participant)
                .query(Integer.class).single() == 0) {
            jdbc.sql("insert into profile (participant_id, updated_at, updated_by, version) "
                    + "values (:p, current_timestamp, 'test', 0)").param("p", participant).update();
        }
        for (String code : codes) {
            jdbc.sql("insert into profile_skill (participant_id, direction, skill_code, skill_level) "
                            + "values (:p, :direction, :code, 3)")
                    .param("p", participant).param("direction", direction).param("code", code).update();
        }
    }
}
