package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What pairs do: agreements (most signed by both), goals on both sides, mentoring sessions at the program's cadence
 * over the pair's life (held, cancelled by either side, missed, and an open pair's next one planned), and insights,
 * some proposed to an owner and answered with an action.
 */
final class ActivityPart {

    private static final String[] AREAS = {"LEADERSHIP_EXPOSURE", "PRESENTING_TO_EXECUTIVES", "STRATEGIC_THINKING",
            "BUILDING_A_NETWORK"};

    /** A held session, for the surveys that follow one. */
    record Held(long sessionId, ProgramPart.Pair pair, OffsetDateTime at) {
    }

    private final Connection connection;
    private final Identities ids;
    private final Random random;
    private final OffsetDateTime now;
    final List<Held> held = new ArrayList<>();
    long sessions;
    long insights;

    ActivityPart(Connection connection, Identities ids, Random random, OffsetDateTime now) {
        this.connection = connection;
        this.ids = ids;
        this.random = random;
        this.now = now;
    }

    void write(List<ProgramPart.Pair> pairs, DirectoryPart.People people) throws SQLException {
        agreementsAndGoals(pairs);
        sessions(pairs);
        insights(pairs, people);
    }

    private void agreementsAndGoals(List<ProgramPart.Pair> pairs) throws SQLException {
        try (BatchInsert version = new BatchInsert(connection, "pair_agreement_version", "id, pair_id, number, cadence, "
                + "meeting_mode, confidentiality, mentor_expectations, mentee_expectations, created_at, created_by_side, "
                + "created_by");
             BatchInsert signature = new BatchInsert(connection, "pair_agreement_signature", "version_id, side, "
                     + "participant_id, signed_at, signed_by", version);
             BatchInsert goal = new BatchInsert(connection, "pair_goal", "id, pair_id, side, title, why, "
                     + "objective_position, growth_area, target_date, created_at, created_by, updated_at, updated_by, "
                     + "version")) {
            for (ProgramPart.Pair pair : pairs) {
                if (pair.activatedAt() == null || random.nextInt(10) == 0) {
                    continue;
                }
                OffsetDateTime at = pair.activatedAt().plusDays(3);
                long id = ids.next("pair_agreement_version");
                String cadence = pair.cadenceWeeks() == 1 ? "WEEKLY" : pair.cadenceWeeks() == 2 ? "FORTNIGHTLY" : "MONTHLY";
                version.add(id, pair.id(), 1, cadence, "VIDEO", "What we say stays between us.",
                        "Explain how the team really works.", "Listen and ask.", at, "MENTEE", "bench");
                if (random.nextInt(8) != 0) {
                    signature.add(id, "MENTEE", pair.menteeParticipant(), at.plusDays(1), "bench");
                    signature.add(id, "MENTOR", pair.mentorParticipant(), at.plusDays(2), "bench");
                }
                for (int g = 0; g < 3; g++) {
                    boolean mentee = g < 2;
                    goal.add(ids.next("pair_goal"), pair.id(), mentee ? "MENTEE" : "MENTOR",
                            mentee ? "Use the tools my team uses" : "Present to the leadership team",
                            "It matters for the next year.", mentee ? 1 + g : null,
                            mentee ? null : AREAS[random.nextInt(AREAS.length)], at.toLocalDate().plusMonths(6),
                            at, "bench", at, "bench", 0L);
                }
            }
        }
    }

    private void sessions(List<ProgramPart.Pair> pairs) throws SQLException {
        try (BatchInsert session = new BatchInsert(connection, "pair_session", "id, pair_id, uid, sequence, starts_at, "
                + "minutes, time_zone, mode, agenda, status, scheduled_by_side, cancelled_by_side, cancelled_at, "
                + "no_show_side, actual_minutes, topics, takeaway, logged_at, logged_by_side, created_at, created_by, "
                + "updated_at, updated_by, version")) {
            for (ProgramPart.Pair pair : pairs) {
                if (pair.activatedAt() == null) {
                    continue;
                }
                // from the first weeks after activation, one at every turn of the cadence until the pair closed
                // (or today), and an open pair's next one planned
                int days = 7 * pair.cadenceWeeks();
                OffsetDateTime end = pair.closedAt() == null ? now : pair.closedAt();
                boolean open = pair.closedAt() == null;
                OffsetDateTime first = pair.activatedAt().plusDays(2 + random.nextInt(days))
                        .withHour(9 + random.nextInt(8)).withMinute(0).withSecond(0).withNano(0);
                for (OffsetDateTime at = first; ; at = at.plusDays(days)) {
                    // a past session is logged two hours after it starts, before the pair closed (or now)
                    boolean past = at.plusHours(2).isBefore(end);
                    if (!past && !open) {
                        break;
                    }
                    long id = ids.next("pair_session");
                    int roll = random.nextInt(100);
                    String status = !past ? "SCHEDULED" : roll < 8 ? "CANCELLED" : roll < 12 ? "NO_SHOW" : "HELD";
                    String side = random.nextBoolean() ? "MENTEE" : "MENTOR";
                    boolean logged = !status.equals("SCHEDULED") && !status.equals("CANCELLED");
                    session.add(id, pair.id(), "bench-" + id + "@flipside", 0, at, 60, "Europe/London", "VIDEO",
                            "How the team works today", status, side, status.equals("CANCELLED") ? side : null,
                            status.equals("CANCELLED") ? at.minusDays(1) : null, status.equals("NO_SHOW") ? side : null,
                            status.equals("HELD") ? 45 + random.nextInt(30) : null,
                            status.equals("HELD") ? "Tools, habits" : null, status.equals("HELD") ? "Try it" : null,
                            logged ? at.plusHours(2) : null, logged ? side : null, at.minusDays(7), "bench",
                            logged ? at.plusHours(2) : at.minusDays(7), "bench", 0L);
                    if (status.equals("HELD")) {
                        held.add(new Held(id, pair, at));
                    }
                    if (!past) {
                        break;
                    }
                }
            }
            sessions = session.written();
        }
    }

    private void insights(List<ProgramPart.Pair> pairs, DirectoryPart.People people) throws SQLException {
        try (BatchInsert insight = new BatchInsert(connection, "insight", "id, pair_id, program_id, "
                + "author_participant_id, author_side, author_number, title, observation, significance, "
                + "objective_position, credit_by_name, created_at, version, proposed_by_side, owner_number, "
                + "proposed_at");
             BatchInsert action = new BatchInsert(connection, "insight_action", "id, program_id, insight_id, "
                     + "owner_number, due_on, expected_outcome, created_at, version", insight)) {
            List<long[]> accepted = new ArrayList<>();
            for (ProgramPart.Pair pair : pairs) {
                if (pair.activatedAt() == null || random.nextBoolean()) {
                    continue;
                }
                long id = ids.next("insight");
                OffsetDateTime at = pair.activatedAt().plusDays(20 + random.nextInt(40));
                boolean proposed = random.nextInt(5) < 2;
                String owner = people.number(random.nextInt(Math.max(1, people.size() / 50)));
                insight.add(id, pair.id(), pair.programId(), pair.mentorParticipant(), "MENTOR",
                        people.number(pair.mentor()), "Approvals take a week", "Three sign-offs for a small purchase.",
                        "Teams buy around the process.", 1, random.nextBoolean(), at, 0L, proposed ? "MENTOR" : null,
                        proposed ? owner : null, proposed ? at.plusDays(2) : null);
                if (proposed && random.nextBoolean()) {
                    long actionId = ids.next("insight_action");
                    action.add(actionId, pair.programId(), id, owner, at.toLocalDate().plusMonths(2),
                            "One sign-off below a threshold.", at.plusDays(5), 0L);
                    accepted.add(new long[]{id, actionId});
                }
            }
            action.close();
            insights = insight.written();
            try (var answer = connection.prepareStatement("update insight set response = 'ACCEPTED', action_id = ?, "
                    + "responded_at = created_at where id = ?")) {
                for (long[] done : accepted) {
                    answer.setLong(1, done[1]);
                    answer.setLong(2, done[0]);
                    answer.addBatch();
                }
                answer.executeBatch();
            }
        }
    }
}
