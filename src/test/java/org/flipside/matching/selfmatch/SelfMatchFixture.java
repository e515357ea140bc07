package org.flipside.matching.selfmatch;

import java.util.List;
import java.util.Map;
import org.flipside.matching.optimiser.Priority;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.ProgramTestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Self-match settings and rules for tests: skills only, no must-haves, so that empty profiles may pair. */
final class SelfMatchFixture {

    private SelfMatchFixture() {
    }

    static void selfMatch(MatchingSettingsService settings, Person manager, long program, boolean on) {
        ProgramTestUsers.actAs(manager.auth());
        try {
            MatchingSettings current = settings.get(program);
            settings.update(program, new MatchingSettings(Map.of(Criterion.SKILLS, CriterionSetting.weighted(10)),
                    Map.of(), 0, 0, true, Priority.MOST_MATCHES_FIRST, on, 14, List.of(), current.version()),
                    current.version());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void forbid(JdbcClient jdbc, long program, long mentee, long mentor) {
        jdbc.sql("insert into matching_rule (program_id, mentee_participant_id, mentor_participant_id, kind, "
                        + "created_at, created_by) values (:program, :mentee, :mentor, 'FORBID', current_timestamp, 'test')")
                .param("program", program).param("mentee", mentee).param("mentor", mentor).update();
    }

    /** The participant's confidential do-not-match list names this employee. */
    static void doNotMatch(JdbcClient jdbc, long participant, String employeeNumber) {
        if (jdbc.sql("select count(*) from profile where participant_id = :p").param("p", participant)
                .query(Integer.class).single() == 0) {
            jdbc.sql("insert into profile (participant_id, updated_at, updated_by, version) "
                    + "values (:p, current_timestamp, 'test', 0)").param("p", participant).update();
        }
        jdbc.sql("insert into profile_do_not_match (participant_id, employee_number) values (:p, :n)")
                .param("p", participant).param("n", employeeNumber).update();
    }
}
