package org.flipside.analytics.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.flipside.matching.scoring.Explanation;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.people.EmploymentHistory;

/**
 * Programs and who takes part: each program's definition and manager, participants at every stage of enrolment
 * (most approved, some invited, applied or declined), confirmed matches holding their seats, and the pairs formed from
 * them. A program's mentees are distinct senior employees and its mentors distinct junior ones. The pairs are written
 * once careers are decided: a pair one of whose people left ended early on that day.
 */
final class ProgramPart {

    // the largest program meets monthly, as many reverse-mentoring programs do; the others take turns
    private static final String[] CADENCES = {"MONTHLY", "WEEKLY", "FORTNIGHTLY"};

    /** A generated pair, with what the later parts need to hang activity off it. */
    record Pair(long id, long programId, long menteeParticipant, long mentorParticipant, int mentee, int mentor,
                OffsetDateTime activatedAt, String state, OffsetDateTime closedAt, int cadenceWeeks) {
    }

    /**
     * A generated program; {@code participants} are the approved ones as {participant id, employee index, side (0 for
     * mentees)}, in participant-id order; {@code roster} holds the employee index of everyone invited, in any state.
     */
    record Program(long id, String cadence, OffsetDateTime start, boolean running, List<long[]> participants,
                   List<Integer> roster) {

        OffsetDateTime invited() {
            return start.minusDays(40);
        }
    }

    /** What a program's pairs are formed from, kept until careers are decided. */
    private record Seats(Program program, int pairCount, long[] mentees, long[] mentors, List<Integer> seniors,
                         List<Integer> juniors) {
    }

    private final Connection connection;
    private final Identities ids;
    private final Random random;
    private final OffsetDateTime now;
    final List<Program> programs = new ArrayList<>();
    final List<Pair> pairs = new ArrayList<>();
    private final List<Seats> seats = new ArrayList<>();
    long participantRows;

    ProgramPart(Connection connection, Identities ids, Random random, OffsetDateTime now) {
        this.connection = connection;
        this.ids = ids;
        this.random = random;
        this.now = now;
    }

    void write(Scale scale, DirectoryPart.People people, String manager, String label) throws SQLException {
        try (BatchInsert program = new BatchInsert(connection, "program", "id, name, purpose, start_date, end_date, "
                + "cadence, mentor_capacity, state, created_at, created_by, updated_at, updated_by, version");
             BatchInsert objective = new BatchInsert(connection, "program_objective", "program_id, position, catalogue_code", program);
             BatchInsert topic = new BatchInsert(connection, "program_focus_topic", "program_id, position, topic", program);
             BatchInsert managers = new BatchInsert(connection, "program_manager", "program_id, username", program)) {
            for (int p = 0; p < scale.programs(); p++) {
                long id = ids.next("program");
                String cadence = CADENCES[p % CADENCES.length];
                boolean running = p < scale.runningPrograms();
                // the largest program is about half a year in, the others between two and seven months
                OffsetDateTime start = now.minusDays(!running ? -30 : p == 0 ? 165 + random.nextInt(14)
                        : 60 + random.nextInt(150));
                String state = running ? "RUNNING" : p == scale.programs() - 1 ? "ENROLLING" : "MATCHING";
                OffsetDateTime created = start.minusDays(45);
                program.add(id, label + " program " + (p + 1), "Leaders learn from the people closest to the work.",
                        start.toLocalDate(), start.toLocalDate().plusMonths(12), cadence, 1, state, created, manager,
                        created, manager, 0L);
                objective.add(id, 0, "DIGITAL_FLUENCY");
                objective.add(id, 1, "BRIDGING_GENERATIONS");
                topic.add(id, 0, "Working in the open");
                topic.add(id, 1, "Customers online");
                managers.add(id, manager);
                programs.add(new Program(id, cadence, start, running, new ArrayList<>(), new ArrayList<>()));
            }
        }
        for (int p = 0; p < scale.programs(); p++) {
            participants(programs.get(p), scale.pairsOf(p), people, manager, p == 0 ? scale.largestPairs() : scale.otherPairs());
        }
    }

    private void participants(Program program, int pairCount, DirectoryPart.People people, String manager,
                              int approvedPerSide) throws SQLException {
        List<Integer> seniors = new ArrayList<>(people.seniors());
        List<Integer> juniors = new ArrayList<>(people.juniors());
        Collections.shuffle(seniors, random);
        Collections.shuffle(juniors, random);
        // a few approved on each side stay unmatched; some never got past the invitation, the application or a no
        int approved = approvedPerSide + approvedPerSide / 20;
        int others = approvedPerSide / 10;
        long[] menteeIds = new long[approved];
        long[] mentorIds = new long[approved];
        try (BatchInsert rows = new BatchInsert(connection, "participant", "id, program_id, employee_number, side, "
                + "state, invited_at, applied_at, decided_at, decided_by, consent_at, consent_version, created_at, "
                + "created_by, updated_at, version");
             BatchInsert trained = new BatchInsert(connection, "training_completed",
                     "participant_id, program_id, completed_at", rows)) {
            OffsetDateTime invited = program.invited();
            for (int side = 0; side < 2; side++) {
                List<Integer> pool = side == 0 ? seniors : juniors;
                for (int i = 0; i < approved + others; i++) {
                    int person = pool.get(i);
                    program.roster().add(person);
                    long id = ids.next("participant");
                    String state = i < approved ? "APPROVED" : i % 3 == 0 ? "INVITED" : i % 3 == 1 ? "APPLIED" : "DECLINED";
                    boolean applied = !state.equals("INVITED");
                    boolean decided = state.equals("APPROVED") || state.equals("DECLINED");
                    rows.add(id, program.id(), people.number(person), side == 0 ? "MENTEE" : "MENTOR", state, invited,
                            applied ? invited.plusDays(3) : null, decided ? invited.plusDays(10) : null,
                            decided ? manager : null, applied ? invited.plusDays(3) : null, applied ? "1" : null,
                            invited, manager, invited.plusDays(10), 0L);
                    if (i < approved) {
                        (side == 0 ? menteeIds : mentorIds)[i] = id;
                        program.participants().add(new long[]{id, person, side});
                        if (random.nextInt(10) < 7) {
                            trained.add(id, program.id(), invited.plusDays(12 + random.nextInt(20)));
                        }
                    }
                }
            }
            participantRows += rows.written();
        }
        seats.add(new Seats(program, pairCount, menteeIds, mentorIds, seniors, juniors));
    }

    /** The matches and pairs of every program, now that {@code histories} (by employee index) say who left when. */
    void pairs(EmploymentHistory[] histories, String manager) throws SQLException {
        for (Seats s : seats) {
            matchesAndPairs(s.program(), s.pairCount(), s.mentees(), s.mentors(), s.seniors(), s.juniors(), histories,
                    manager);
        }
    }

    private void matchesAndPairs(Program program, int pairCount, long[] mentees, long[] mentors, List<Integer> seniors,
                                 List<Integer> juniors, EmploymentHistory[] histories, String manager)
            throws SQLException {
        int cadenceWeeks = switch (program.cadence()) {
            case "WEEKLY" -> 1;
            case "FORTNIGHTLY" -> 2;
            default -> 4;
        };
        try (BatchInsert match = new BatchInsert(connection, "mentor_match", "id, program_id, mentee_participant_id, "
                + "mentor_participant_id, origin, state, score, explanation, mentee_answer, mentee_answered_at, "
                + "mentor_answer, mentor_answered_at, respond_by, created_at, created_by, closed_at, version");
             BatchInsert mentorSeat = new BatchInsert(connection, "mentor_seat", "mentor_participant_id, seat, match_id", match);
             BatchInsert menteeSeat = new BatchInsert(connection, "mentee_seat", "mentee_participant_id, match_id", match);
             BatchInsert pair = new BatchInsert(connection, "mentoring_pair", "id, program_id, match_id, "
                     + "mentee_participant_id, mentor_participant_id, origin, state, formed_at, formed_by, activated_at, "
                     + "closing_outcome, closed_at, closed_by, version", match)) {
            for (int i = 0; i < pairCount; i++) {
                long matchId = ids.next("mentor_match");
                // scores in tenths of a point, most between 55 and 90
                int score = Math.max(0, Math.min(1000, (int) Math.round(725 + random.nextGaussian() * 90)));
                OffsetDateTime proposed = program.start().minusDays(14);
                OffsetDateTime answered = proposed.plusDays(1 + random.nextInt(5));
                match.add(matchId, program.id(), mentees[i], mentors[i], "PUBLISHED", "CONFIRMED", score,
                        ExplanationCodec.write(new Explanation(score, List.of(), null)), "ACCEPT", answered, "ACCEPT",
                        answered, proposed.plusDays(7), proposed, manager, answered, 0L);
                mentorSeat.add(mentors[i], 0, matchId);
                menteeSeat.add(mentees[i], matchId);
                int roll = random.nextInt(100);
                String state = roll < 3 ? "FORMING" : roll < 9 ? "ENDED_EARLY" : roll < 13 ? "COMPLETED" : "ACTIVE";
                OffsetDateTime activated = state.equals("FORMING") ? null : answered.plusDays(2 + random.nextInt(10));
                OffsetDateTime closedAt = switch (state) {
                    case "ENDED_EARLY" -> activated.plusMinutes((long) (Duration.between(activated, now).toMinutes()
                            * (0.2 + 0.6 * random.nextDouble())));
                    case "COMPLETED" -> latest(now.minusDays(1 + random.nextInt(40)), activated.plusDays(14));
                    default -> null;
                };
                LocalDate left = firstLeft(histories[seniors.get(i)], histories[juniors.get(i)]);
                if (activated != null && left != null) {
                    OffsetDateTime leftAt = left.atTime(17, 0).atOffset(ZoneOffset.UTC);
                    if (closedAt == null || leftAt.isBefore(closedAt)) {
                        state = "ENDED_EARLY";
                        closedAt = latest(leftAt, activated.plusDays(1));
                    }
                }
                boolean closed = closedAt != null;
                long id = ids.next("mentoring_pair");
                pair.add(id, program.id(), matchId, mentees[i], mentors[i], "MATCHED", state, answered, manager,
                        activated, closed ? state : null, closedAt, closed ? manager : null, 0L);
                pairs.add(new Pair(id, program.id(), mentees[i], mentors[i], seniors.get(i), juniors.get(i), activated,
                        state, closedAt, cadenceWeeks));
            }
        }
    }

    private static LocalDate firstLeft(EmploymentHistory mentee, EmploymentHistory mentor) {
        LocalDate a = mentee.leaveDate();
        LocalDate b = mentor.leaveDate();
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
