package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.flipside.people.EmploymentHistory;

/**
 * Writes a whole generated organisation into a migrated database with JDBC batches, in one transaction: the directory,
 * programs with their participants, who of everyone left or changed level, matches and pairs, what the pairs did and
 * said, and each running program's comparison group. The same seed, scale and moment always give the same rows. Ids
 * follow whatever the tables already hold, and employee numbers start with the given prefix, so a database other
 * tests share is left usable.
 */
final class OrganisationGenerator {

    /** What was written; {@code largestProgram} and its after-session survey are what the benchmark reads most. */
    record Generated(long largestProgram, long largestSurvey, long[] programs, Map<Long, Long> surveyOfProgram,
                            int employees, long participants, int pairs, int largestPairs, long sessions, long surveyAnswers,
                            long safetyAnswers, long insights, long compared, long unmatched, long millis) {

        @Override
        public String toString() {
            return String.format("%,d employees, %d programs, %,d participants, %,d pairs (%,d in the largest program), "
                            + "%,d sessions, %,d survey answers, %,d safety-pulse answers, %,d insights, "
                            + "%,d compared participants (%,d without a match) in %,d ms",
                    employees, programs.length, participants, pairs, largestPairs, sessions, surveyAnswers,
                    safetyAnswers, insights, compared, unmatched, millis);
        }
    }

    private OrganisationGenerator() {
    }

    /**
     * @param prefix  starts every employee number (and so keeps them apart from other data)
     * @param manager the username that manages every generated program
     */
    static Generated generate(DataSource dataSource, Scale scale, long seed, String prefix, String manager,
                                     OffsetDateTime now) throws SQLException {
        long start = System.nanoTime();
        Random random = new Random(seed);
        OffsetDateTime at = now.withOffsetSameInstant(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                Identities ids = new Identities(connection);
                DirectoryPart.People people = DirectoryPart.plan(prefix, scale.employees(), random, at);
                ProgramPart programs = new ProgramPart(connection, ids, random, at);
                programs.write(scale, people, manager, prefix);
                EmploymentHistory[] histories = CareerPart.decide(people, programs.programs, random, at.toLocalDate());
                DirectoryPart.write(connection, ids, people, histories, at);
                programs.pairs(histories, manager);
                ActivityPart activity = new ActivityPart(connection, ids, random, at);
                activity.write(programs.pairs, people);
                VoicePart voice = new VoicePart(connection, ids, random, at);
                voice.write(programs.programs, programs.pairs, activity.held, people);
                ComparisonPart comparison = new ComparisonPart(connection, ids, random);
                comparison.write(programs.programs, people, histories);
                ids.restartIdentities();
                connection.commit();
                // A database in use has statistics on its tables; fresh bulk inserts have none until the
                // database gathers them, and the planner would guess. Gather them now, as it would soon.
                try (var statement = connection.createStatement()) {
                    statement.execute("analyze");
                }
                long largest = programs.programs.get(0).id();
                return new Generated(largest, voice.surveyOfProgram.get(largest),
                        programs.programs.stream().mapToLong(ProgramPart.Program::id).toArray(),
                        Map.copyOf(voice.surveyOfProgram), scale.employees(), programs.participantRows,
                        programs.pairs.size(), scale.largestPairs(), activity.sessions, voice.answers, voice.safetyAnswers,
                        activity.insights, comparison.members, comparison.unmatched,
                        (System.nanoTime() - start) / 1_000_000);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
