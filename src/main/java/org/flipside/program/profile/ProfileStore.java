package org.flipside.program.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;
import org.flipside.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Profiles and the participant rows they belong to, with JdbcClient. Participant rows are only read here; the
 * enrolment workflow owns them. A save replaces the whole profile under an optimistic lock on its version.
 */
@Repository
public class ProfileStore {

    private final JdbcClient jdbc;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Participant> participant(long id) {
        return jdbc.sql("select id, program_id, employee_number, side, state from participant where id = :id")
                .param("id", id).query(ProfileStore::participantRow).optional();
    }

    public List<Participant> participants(long programId) {
        return jdbc.sql("select id, program_id, employee_number, side, state from participant where program_id = :program order by id")
                .param("program", programId).query(ProfileStore::participantRow).list();
    }

    /** The participants with these ids, in chunks so that any number of ids takes a handful of queries. */
    public List<Participant> participants(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Participant> found = new java.util.ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            found.addAll(jdbc.sql("select id, program_id, employee_number, side, state from participant "
                            + "where id in (:ids)")
                    .param("ids", distinct.subList(from, Math.min(from + 1000, distinct.size())))
                    .query(ProfileStore::participantRow).list());
        }
        return found;
    }

    /** The time zone each of these participants chose in their profile; those who chose none are left out. */
    public Map<Long, String> timeZones(Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        Map<Long, String> zones = new java.util.HashMap<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            jdbc.sql("select participant_id, time_zone from profile where participant_id in (:ids) "
                            + "and time_zone is not null")
                    .param("ids", distinct.subList(from, Math.min(from + 1000, distinct.size())))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> zones.put(e.getKey(), e.getValue()));
        }
        return zones;
    }

    public StoredProfile load(long participantId) {
        Optional<Map<String, Object>> head = jdbc.sql("select interests, time_zone, meeting_mode, version from profile where participant_id = :id")
                .param("id", participantId).query().listOfRows().stream().findFirst();
        if (head.isEmpty()) {
            return new StoredProfile(participantId, ProfileContent.empty(), 0);
        }
        Map<String, Object> row = head.get();
        String mode = (String) row.get("meeting_mode");
        ProfileContent content = new ProfileContent(skills(participantId, "OFFERED"), skills(participantId, "WANTED"),
                (String) row.get("interests"), answers(participantId), (String) row.get("time_zone"), slots(participantId),
                mode == null ? null : MeetingMode.valueOf(mode), strings("lang", "profile_language", participantId),
                strings("employee_number", "profile_do_not_match", participantId));
        return new StoredProfile(participantId, content, ((Number) row.get("version")).longValue());
    }

    /**
     * Every stored profile of a program's participants, keyed by participant id, in one query per table instead of
     * a handful per participant. Participants without a profile are absent.
     */
    public Map<Long, StoredProfile> loadProgram(long programId) {
        String ofProgram = " join participant t on t.id = x.participant_id where t.program_id = :program";
        Map<Long, List<SkillRating>> offered = new HashMap<>();
        Map<Long, List<SkillRating>> wanted = new HashMap<>();
        jdbc.sql("select x.participant_id, x.direction, x.skill_code, x.skill_level from profile_skill x" + ofProgram
                        + " order by x.participant_id, x.skill_level desc, x.skill_code")
                .param("program", programId).query((rs, row) -> {
                    Map<Long, List<SkillRating>> target = "OFFERED".equals(rs.getString("direction")) ? offered : wanted;
                    target.computeIfAbsent(rs.getLong("participant_id"), id -> new ArrayList<>())
                            .add(new SkillRating(rs.getString("skill_code"), rs.getInt("skill_level")));
                    return null;
                }).list();
        Map<Long, Map<Integer, Integer>> answers = new HashMap<>();
        jdbc.sql("select x.participant_id, x.statement_no, x.answer from profile_answer x" + ofProgram)
                .param("program", programId).query((rs, row) -> answers
                        .computeIfAbsent(rs.getLong("participant_id"), id -> new HashMap<>())
                        .put(rs.getInt("statement_no"), rs.getInt("answer"))).list();
        Map<Long, List<AvailabilitySlot>> slots = new HashMap<>();
        jdbc.sql("select x.participant_id, x.day_of_week, x.start_time, x.end_time from profile_slot x" + ofProgram
                        + " order by x.participant_id, x.slot_no")
                .param("program", programId).query((rs, row) -> slots
                        .computeIfAbsent(rs.getLong("participant_id"), id -> new ArrayList<>())
                        .add(new AvailabilitySlot(DayOfWeek.valueOf(rs.getString("day_of_week")),
                                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class))))
                .list();
        Map<Long, List<String>> languages = stringsOfProgram("lang", "profile_language", programId);
        Map<Long, List<String>> doNotMatch = stringsOfProgram("employee_number", "profile_do_not_match", programId);
        Map<Long, StoredProfile> profiles = new HashMap<>();
        jdbc.sql("select x.participant_id, x.interests, x.time_zone, x.meeting_mode, x.version from profile x" + ofProgram)
                .param("program", programId).query((rs, row) -> {
                    long id = rs.getLong("participant_id");
                    String mode = rs.getString("meeting_mode");
                    ProfileContent content = new ProfileContent(offered.getOrDefault(id, List.of()),
                            wanted.getOrDefault(id, List.of()), rs.getString("interests"),
                            answers.getOrDefault(id, Map.of()), rs.getString("time_zone"), slots.getOrDefault(id, List.of()),
                            mode == null ? null : MeetingMode.valueOf(mode), languages.getOrDefault(id, List.of()),
                            doNotMatch.getOrDefault(id, List.of()));
                    return profiles.put(id, new StoredProfile(id, content, rs.getLong("version")));
                }).list();
        return profiles;
    }

    /** The participant's answers to the application questions by question id, several values for multiple choice. */
    public Map<Long, List<String>> applicationAnswers(long participantId) {
        Map<Long, List<String>> answers = new HashMap<>();
        jdbc.sql("select question_id, answer from application_answer where participant_id = :id")
                .param("id", participantId)
                .query((rs, row) -> answers.put(rs.getLong("question_id"), lines(rs.getString("answer")))).list();
        return answers;
    }

    /** Every participant's application answers in the program, by participant id and question id, in one query. */
    public Map<Long, Map<Long, List<String>>> applicationAnswersOfProgram(long programId) {
        Map<Long, Map<Long, List<String>>> answers = new HashMap<>();
        jdbc.sql("select x.participant_id, x.question_id, x.answer from application_answer x"
                        + " join participant t on t.id = x.participant_id where t.program_id = :program")
                .param("program", programId).query((rs, row) -> answers
                        .computeIfAbsent(rs.getLong("participant_id"), id -> new HashMap<>())
                        .put(rs.getLong("question_id"), lines(rs.getString("answer")))).list();
        return answers;
    }

    /** Multiple-choice answers are stored one value a line, as the enrolment writes them. */
    private static List<String> lines(String value) {
        return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
    }

    private Map<Long, List<String>> stringsOfProgram(String column, String table, long programId) {
        Map<Long, List<String>> values = new HashMap<>();
        jdbc.sql("select x.participant_id, x." + column + " as v from " + table + " x"
                        + " join participant t on t.id = x.participant_id where t.program_id = :program"
                        + " order by x.participant_id, x." + column)
                .param("program", programId).query((rs, row) -> values
                        .computeIfAbsent(rs.getLong("participant_id"), id -> new ArrayList<>()).add(rs.getString("v")))
                .list();
        return values;
    }

    /** Replaces the profile if it is still at {@code expectedVersion}; returns the new version. */
    public long save(long participantId, ProfileContent content, long expectedVersion, Instant at, String by) {
        OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        String mode = content.meetingMode() == null ? null : content.meetingMode().name();
        String interests = content.interests() == null || content.interests().isBlank() ? null : content.interests().strip();
        String zone = content.timeZone() == null || content.timeZone().isBlank() ? null : content.timeZone();
        if (expectedVersion == 0) {
            try {
                jdbc.sql("insert into profile (participant_id, interests, time_zone, meeting_mode, updated_at, updated_by, version) "
                                + "values (:id, :interests, :zone, :mode, :at, :by, 1)")
                        .param("id", participantId).param("interests", interests).param("zone", zone).param("mode", mode)
                        .param("at", when).param("by", by).update();
            } catch (DuplicateKeyException e) {
                throw new StaleEditException("Profile", participantId);
            }
        } else {
            int updated = jdbc.sql("update profile set interests = :interests, time_zone = :zone, meeting_mode = :mode, "
                            + "updated_at = :at, updated_by = :by, version = version + 1 where participant_id = :id and version = :version")
                    .param("id", participantId).param("interests", interests).param("zone", zone).param("mode", mode)
                    .param("at", when).param("by", by).param("version", expectedVersion).update();
            if (updated == 0) {
                throw new StaleEditException("Profile", participantId);
            }
        }
        replaceParts(participantId, content);
        return expectedVersion + 1;
    }

    private void replaceParts(long id, ProfileContent content) {
        for (String table : List.of("profile_skill", "profile_answer", "profile_slot", "profile_language", "profile_do_not_match")) {
            jdbc.sql("delete from " + table + " where participant_id = :id").param("id", id).update();
        }
        insertSkills(id, "OFFERED", content.offered());
        insertSkills(id, "WANTED", content.wanted());
        content.answers().forEach((number, answer) -> {
            if (answer != null) {
                jdbc.sql("insert into profile_answer (participant_id, statement_no, answer) values (:id, :no, :answer)")
                        .param("id", id).param("no", number).param("answer", answer).update();
            }
        });
        List<AvailabilitySlot> slots = content.availability();
        for (int i = 0; i < slots.size(); i++) {
            AvailabilitySlot slot = slots.get(i);
            jdbc.sql("insert into profile_slot (participant_id, slot_no, day_of_week, start_time, end_time) values (:id, :no, :day, :start, :end)")
                    .param("id", id).param("no", i).param("day", slot.day().name()).param("start", slot.start())
                    .param("end", slot.end()).update();
        }
        content.languages().forEach(lang -> jdbc.sql("insert into profile_language (participant_id, lang) values (:id, :lang)")
                .param("id", id).param("lang", lang).update());
        content.doNotMatch().forEach(number -> jdbc.sql("insert into profile_do_not_match (participant_id, employee_number) values (:id, :number)")
                .param("id", id).param("number", number).update());
    }

    private void insertSkills(long id, String direction, List<SkillRating> ratings) {
        for (SkillRating rating : ratings) {
            jdbc.sql("insert into profile_skill (participant_id, direction, skill_code, skill_level) values (:id, :direction, :code, :level)")
                    .param("id", id).param("direction", direction).param("code", rating.skillCode()).param("level", rating.level()).update();
        }
    }

    private List<SkillRating> skills(long id, String direction) {
        return jdbc.sql("select skill_code, skill_level from profile_skill where participant_id = :id and direction = :direction "
                        + "order by skill_level desc, skill_code")
                .param("id", id).param("direction", direction)
                .query((rs, row) -> new SkillRating(rs.getString("skill_code"), rs.getInt("skill_level"))).list();
    }

    private Map<Integer, Integer> answers(long id) {
        return jdbc.sql("select statement_no, answer from profile_answer where participant_id = :id").param("id", id)
                .query().listOfRows().stream()
                .collect(Collectors.toMap(row -> ((Number) row.get("statement_no")).intValue(), row -> ((Number) row.get("answer")).intValue()));
    }

    private List<AvailabilitySlot> slots(long id) {
        return jdbc.sql("select day_of_week, start_time, end_time from profile_slot where participant_id = :id order by slot_no")
                .param("id", id)
                .query((rs, row) -> new AvailabilitySlot(DayOfWeek.valueOf(rs.getString("day_of_week")),
                        rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class))).list();
    }

    private List<String> strings(String column, String table, long id) {
        return jdbc.sql("select " + column + " from " + table + " where participant_id = :id order by " + column)
                .param("id", id).query(String.class).list();
    }

    private static Participant participantRow(ResultSet rs, int row) throws SQLException {
        return new Participant(rs.getLong("id"), rs.getLong("program_id"), rs.getString("employee_number"),
                rs.getString("side"), rs.getString("state"));
    }
}
