package org.flipside.matching.scoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.Side;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;

/** A hand-built participant for scoring tests: a profile and, unless left out, a directory entry. */
final class Someone {

    private static long nextId = 1;

    private final String number;
    private final String name;
    private final Side side;
    final List<SkillRating> offered = new ArrayList<>();
    final List<SkillRating> wanted = new ArrayList<>();
    String interests;
    final Map<WorkStyleDimension, Integer> style = new EnumMap<>(WorkStyleDimension.class);
    String profileZone;
    final List<AvailabilitySlot> slots = new ArrayList<>();
    MeetingMode mode;
    final List<String> languages = new ArrayList<>();
    final Set<String> doNotMatch = new HashSet<>();
    final Map<Long, List<String>> answers = new HashMap<>();
    boolean inDirectory = true;
    String department;
    String location;
    Integer grade;
    Integer birthYear;
    String directoryZone;
    final List<String> directoryLanguages = new ArrayList<>();

    private Someone(String number, String name, Side side) {
        this.number = number;
        this.name = name;
        this.side = side;
    }

    static Someone mentee(String number, String name) {
        return new Someone(number, name, Side.MENTEE);
    }

    static Someone mentor(String number, String name) {
        return new Someone(number, name, Side.MENTOR);
    }

    Someone offers(String code, int level) {
        offered.add(new SkillRating(code, level));
        return this;
    }

    Someone wants(String code, int level) {
        wanted.add(new SkillRating(code, level));
        return this;
    }

    Someone style(WorkStyleDimension dimension, int score) {
        style.put(dimension, score);
        return this;
    }

    Someone slot(DayOfWeek day, String from, String to) {
        slots.add(new AvailabilitySlot(day, LocalTime.parse(from), LocalTime.parse(to)));
        return this;
    }

    Someone answer(long question, String... values) {
        answers.put(question, List.of(values));
        return this;
    }

    Someone works(String department, String location, int grade, int birthYear) {
        this.department = department;
        this.location = location;
        this.grade = grade;
        this.birthYear = birthYear;
        return this;
    }

    Candidate candidate() {
        ProfileSnapshot profile = new ProfileSnapshot(nextId++, 1, number, side, offered, wanted, interests, style,
                profileZone, slots, mode, languages, doNotMatch, 100, answers);
        Employee employee = inDirectory ? new Employee(number, name, number.toLowerCase() + "@example.com", department,
                "Role", grade, null, LocalDate.of(2020, 1, 1), birthYear, location, directoryZone, directoryLanguages,
                EmploymentStatus.ACTIVE, Instant.EPOCH, 1) : null;
        return new Candidate(profile, employee);
    }
}
