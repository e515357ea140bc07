package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flipside.audit.AuditLog;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Matching reads a whole program's profiles, with each participant's side and application answers, in a fixed number
 * of statements however many participants there are.
 */
abstract class ProfileSnapshotsContract {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProfileStore store;
    @Autowired
    SkillCatalogue skills;
    @Autowired
    Programs programs;
    @Autowired
    CurrentEmployee currentEmployee;
    @Autowired
    Directory directory;
    @Autowired
    DirectoryWriter directoryWriter;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    @Test
    void aWholeProgramLoadsInTheSameFewStatementsWithSidesAndAnswers() {
        StatementCounter counter = new StatementCounter(dataSource);
        ProfileService counted = new ProfileService(new ProfileStore(JdbcClient.create(counter.dataSource())), skills,
                programs, currentEmployee, directory, audit, clock);
        long small = program(1);
        long large = program(6);

        counter.reset();
        List<ProfileSnapshot> one = counted.snapshots(small);
        int statementsForOne = counter.count();
        counter.reset();
        List<ProfileSnapshot> six = counted.snapshots(large);
        int statementsForSix = counter.count();

        assertThat(one).hasSize(1);
        assertThat(six).hasSize(6);
        assertThat(statementsForSix).isEqualTo(statementsForOne).isLessThanOrEqualTo(8);
        ProfileSnapshot first = six.get(0);
        assertThat(first.side()).isEqualTo(Side.MENTEE);
        assertThat(first.answers()).hasSize(2);
        assertThat(first.answers().values()).contains(List.of("Social media", "AI tools"), List.of("Podcasts and video"));
        assertThat(six.get(1).side()).isEqualTo(Side.MENTOR);
        assertThat(first.offered()).isNotEmpty();
        assertThat(six).extracting(ProfileSnapshot::participantId)
                .containsExactlyElementsOf(six.stream().map(ProfileSnapshot::participantId).sorted().toList());
    }

    @Test
    void employeeNumbersOfAnyParticipantsComeInOneStatement() {
        StatementCounter counter = new StatementCounter(dataSource);
        ProfileService counted = new ProfileService(new ProfileStore(JdbcClient.create(counter.dataSource())), skills,
                programs, currentEmployee, directory, audit, clock);
        List<ProfileSnapshot> six = counted.snapshots(program(6));
        List<Long> ids = new java.util.ArrayList<>(six.stream().map(ProfileSnapshot::participantId).toList());
        ids.add(-1L);

        counter.reset();
        java.util.Map<Long, String> numbers = counted.employeeNumbers(ids);

        assertThat(counter.count()).isEqualTo(1);
        assertThat(numbers).hasSize(6).doesNotContainKey(-1L);
        six.forEach(snapshot -> assertThat(numbers).containsEntry(snapshot.participantId(), snapshot.employeeNumber()));
    }

    @Test
    void oneSnapshotCarriesTheSameSideAndAnswers() {
        long program = program(2);
        List<ProfileSnapshot> all = store.participants(program).stream()
                .map(p -> new ProfileService(store, skills, programs, currentEmployee, directory, audit, clock)
                        .snapshot(p.id()).orElseThrow())
                .toList();

        assertThat(all).isEqualTo(new ProfileService(store, skills, programs, currentEmployee, directory, audit, clock)
                .snapshots(program));
    }

    /** A program with {@code participants} people, mentees and mentors in turn, each with a profile and two answers. */
    private long program(int participants) {
        long program = ProfileFixtures.program(programs, Unique.username("pm"));
        long choice = question(program, 1, "MULTIPLE_CHOICE", "Social media\nAI tools\nGaming");
        long text = question(program, 2, "TEXT", null);
        for (int k = 0; k < participants; k++) {
            String number = ProfileFixtures.employee(directoryWriter, "Person " + k, Unique.username("p") + "@example.org");
            long id = ProfileFixtures.participant(jdbc, program, number, k % 2 == 0 ? "MENTEE" : "MENTOR", "APPROVED");
            store.save(id, ProfilePersistenceContract.full(number), 0, Instant.now(), "test");
            answer(id, choice, "Social media\nAI tools");
            answer(id, text, "Podcasts and video");
        }
        return program;
    }

    private long question(long program, int position, String kind, String choices) {
        jdbc.sql("insert into application_question (program_id, position, kind, text, choices, required) "
                        + "values (:program, :position, :kind, :text, :choices, false)")
                .param("program", program).param("position", position).param("kind", kind)
                .param("text", "Question " + position).param("choices", choices).update();
        return jdbc.sql("select id from application_question where program_id = :program and position = :position")
                .param("program", program).param("position", position).query(Long.class).single();
    }

    private void answer(long participant, long question, String answer) {
        jdbc.sql("insert into application_answer (participant_id, question_id, answer) values (:p, :q, :a)")
                .param("p", participant).param("q", question).param("a", answer).update();
    }
}
