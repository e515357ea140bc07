package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What people say: a named after-session survey in every running program (an instance for each held session, both
 * people invited, one in four answering its five questions) and the psychological-safety pulse every four weeks of a
 * pair's life until it closed.
 */
final class VoicePart {

    private static final int QUESTIONS = 5;
    /** Invitations answered out of a hundred: a response rate a real program sees. */
    private static final int ANSWERED_PERCENT = 25;

    private final Connection connection;
    private final Identities ids;
    private final Random random;
    private final OffsetDateTime now;
    final Map<Long, Long> surveyOfProgram = new HashMap<>();
    long answers;
    /** Draws the random ids of anonymous rows; mixed with the prefix so two organisations never share one. */
    private Random randomIds;
    long safetyAnswers;

    VoicePart(Connection connection, Identities ids, Random random, OffsetDateTime now) {
        this.connection = connection;
        this.ids = ids;
        this.random = random;
        this.now = now;
    }

    void write(List<ProgramPart.Program> programs, List<ProgramPart.Pair> pairs, List<ActivityPart.Held> held,
               DirectoryPart.People people) throws SQLException {
        randomIds = new Random(random.nextLong() ^ people.prefix().hashCode());
        Map<Long, long[]> questions = surveys(programs);
        responses(held, questions, people);
        safety(pairs);
    }

    private Map<Long, long[]> surveys(List<ProgramPart.Program> programs) throws SQLException {
        Map<Long, long[]> questions = new HashMap<>();
        try (BatchInsert survey = new BatchInsert(connection, "survey", "id, program_id, template_key, title, anonymous, "
                + "audience, trigger_kind, enabled, created_at, version");
             BatchInsert version = new BatchInsert(connection, "survey_version", "id, survey_id, number_no, created_at",
                     survey);
             BatchInsert question = new BatchInsert(connection, "survey_question", "id, survey_version_id, place, "
                     + "kind, wording, required", version)) {
            for (ProgramPart.Program program : programs) {
                if (!program.running()) {
                    continue;
                }
                long id = ids.next("survey");
                long versionId = ids.next("survey_version");
                OffsetDateTime at = program.start().minusDays(5);
                survey.add(id, program.id(), "after-session", "After a session", false, "BOTH", "AFTER_SESSION", true,
                        at, 0L);
                version.add(versionId, id, 1, at);
                // the survey, its version, then its questions
                long[] ofSurvey = new long[QUESTIONS + 2];
                ofSurvey[0] = id;
                ofSurvey[1] = versionId;
                for (int q = 1; q <= QUESTIONS; q++) {
                    ofSurvey[q + 1] = ids.next("survey_question");
                    question.add(ofSurvey[q + 1], versionId, q, q == QUESTIONS ? "LIKELIHOOD" : "AGREEMENT",
                            "Statement " + q + " about the session", true);
                }
                questions.put(program.id(), ofSurvey);
                surveyOfProgram.put(program.id(), id);
            }
        }
        return questions;
    }

    private void responses(List<ActivityPart.Held> held, Map<Long, long[]> questions, DirectoryPart.People people)
            throws SQLException {
        try (BatchInsert instance = new BatchInsert(connection, "survey_instance", "id, survey_id, survey_version_id, "
                + "program_id, pair_id, occasion, opened_on, opened_at, closes_at");
             BatchInsert invitation = new BatchInsert(connection, "survey_invitation", "id, instance_id, "
                     + "employee_number, side, full_name, email, time_zone, department, answered", instance);
             BatchInsert response = new BatchInsert(connection, "survey_response", "id, survey_id, instance_id, "
                     + "invitation_id, side, department, period, answered_on", invitation);
             BatchInsert answer = new BatchInsert(connection, "survey_answer", "response_id, question_id, "
                     + "number_value", response)) {
            for (ActivityPart.Held session : held) {
                long[] survey = questions.get(session.pair().programId());
                long instanceId = ids.next("survey_instance");
                OffsetDateTime opened = session.at().plusHours(3);
                instance.add(instanceId, survey[0], survey[1], session.pair().programId(), session.pair().id(),
                        "session:" + session.sessionId(), opened.toLocalDate(), opened, opened.plusDays(14));
                for (int side = 0; side < 2; side++) {
                    int person = side == 0 ? session.pair().mentee() : session.pair().mentor();
                    String number = people.number(person);
                    boolean answered = random.nextInt(100) < ANSWERED_PERCENT && opened.isBefore(now.minusDays(1));
                    long invitationId = ids.next("survey_invitation");
                    String sideName = side == 0 ? "MENTEE" : "MENTOR";
                    invitation.add(invitationId, instanceId, number, sideName, "Employee " + number,
                            number.toLowerCase() + "@example.com", people.zone(person),
                            people.departments()[person], answered);
                    if (answered) {
                        String id = new UUID(randomIds.nextLong(), randomIds.nextLong()).toString();
                        response.add(id, survey[0], instanceId, invitationId, sideName, people.departments()[person],
                                opened.toLocalDate().withDayOfMonth(1), opened.toLocalDate().plusDays(random.nextInt(2)));
                        for (int q = 1; q <= QUESTIONS; q++) {
                            int value = q == QUESTIONS ? Math.min(10, 5 + random.nextInt(6)) : 2 + random.nextInt(4);
                            answer.add(id, survey[q + 1], value);
                        }
                    }
                }
            }
            answer.close();
            answers = answer.written();
        }
    }

    private void safety(List<ProgramPart.Pair> pairs) throws SQLException {
        try (BatchInsert invitation = new BatchInsert(connection, "safety_invitation", "id, pair_id, program_id, "
                + "round_number, opens_at, closes_at, answered");
             BatchInsert answer = new BatchInsert(connection, "safety_answer", "id, program_id, round_number, "
                     + "answered_on, statement_1, statement_2, statement_3, statement_4, statement_5")) {
            for (ProgramPart.Pair pair : pairs) {
                if (pair.activatedAt() == null) {
                    continue;
                }
                OffsetDateTime opens = pair.activatedAt().plusWeeks(4);
                OffsetDateTime end = pair.closedAt() == null ? now : pair.closedAt();
                for (int round = 1; round <= 6 && opens.isBefore(end); round++, opens = opens.plusWeeks(4)) {
                    boolean answered = random.nextInt(100) < 65;
                    invitation.add(ids.next("safety_invitation"), pair.id(), pair.programId(), round, opens,
                            opens.plusWeeks(4), answered);
                    if (answered) {
                        answer.add(new UUID(randomIds.nextLong(), randomIds.nextLong()).toString(), pair.programId(), round,
                                opens.toLocalDate().plusDays(random.nextInt(7)), score(), score(), score(), score(),
                                score());
                    }
                }
            }
            answer.close();
            safetyAnswers = answer.written();
        }
    }

    private int score() {
        return Math.max(1, Math.min(5, 4 + (int) Math.round(random.nextGaussian() * 0.9)));
    }
}
