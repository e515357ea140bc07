package org.flipside.program.profile.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.ProfileView;
import org.flipside.shared.FieldProblem;

/**
 * The profile page's form. Skill and slot rows the user left empty are dropped, so the rows shown again after a
 * refused save are numbered like the problems ({@code offered[1].level}).
 */
public class ProfileForm {

    static final int SKILL_ROWS = 10;
    static final int SLOT_ROWS = 7;

    private List<SkillRow> offered = new ArrayList<>();
    private List<SkillRow> wanted = new ArrayList<>();
    private String interests;
    private Map<Integer, Integer> answers = new TreeMap<>();
    private String timeZone;
    private List<SlotRow> availability = new ArrayList<>();
    private MeetingMode meetingMode;
    private List<String> languages = new ArrayList<>();
    private List<String> doNotMatch = new ArrayList<>();
    private Long version;

    public static class SkillRow {
        private String skill;
        private Integer level;

        public SkillRow() {
        }

        SkillRow(String skill, Integer level) {
            this.skill = skill;
            this.level = level;
        }

        boolean blank() {
            return (skill == null || skill.isBlank()) && level == null;
        }

        public String getSkill() { return skill; }
        public void setSkill(String skill) { this.skill = skill; }
        public Integer getLevel() { return level; }
        public void setLevel(Integer level) { this.level = level; }
    }

    public static class SlotRow {
        private DayOfWeek day;
        private String start;
        private String end;

        public SlotRow() {
        }

        SlotRow(DayOfWeek day, String start, String end) {
            this.day = day;
            this.start = start;
            this.end = end;
        }

        boolean blank() {
            return day == null && (start == null || start.isBlank()) && (end == null || end.isBlank());
        }

        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek day) { this.day = day; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    static ProfileForm from(ProfileView view) {
        ProfileForm form = new ProfileForm();
        view.offered().forEach(r -> form.offered.add(new SkillRow(r.skillCode(), r.level())));
        view.wanted().forEach(r -> form.wanted.add(new SkillRow(r.skillCode(), r.level())));
        form.interests = view.interests();
        form.answers = new TreeMap<>(view.answers());
        form.timeZone = view.timeZone();
        view.availability().forEach(s -> form.availability.add(new SlotRow(s.day(), s.start().toString(), s.end().toString())));
        form.meetingMode = view.meetingMode();
        form.languages = new ArrayList<>(view.languages());
        form.doNotMatch = view.doNotMatch() == null ? new ArrayList<>() : new ArrayList<>(view.doNotMatch());
        form.version = view.version();
        return form.padded();
    }

    /** Drops empty rows; times that are no times are reported in {@code problems} and left empty. */
    ProfileContent toContent(List<FieldProblem> problems) {
        dropBlankRows();
        List<AvailabilitySlot> slots = new ArrayList<>();
        for (int i = 0; i < availability.size(); i++) {
            SlotRow row = availability.get(i);
            slots.add(new AvailabilitySlot(row.day, time(row.start, "availability[" + i + "].start", problems),
                    time(row.end, "availability[" + i + "].end", problems)));
        }
        return new ProfileContent(ratings(offered), ratings(wanted), interests, answers, timeZone, slots, meetingMode,
                languages, doNotMatch);
    }

    private void dropBlankRows() {
        offered.removeIf(row -> row == null || row.blank());
        wanted.removeIf(row -> row == null || row.blank());
        availability.removeIf(row -> row == null || row.blank());
        languages.removeIf(language -> language == null || language.isBlank());
        doNotMatch.removeIf(number -> number == null || number.isBlank());
        doNotMatch = new ArrayList<>(new java.util.LinkedHashSet<>(doNotMatch));
    }

    /** Empty rows to fill in, up to the row counts. */
    ProfileForm padded() {
        while (offered.size() < SKILL_ROWS) {
            offered.add(new SkillRow());
        }
        while (wanted.size() < SKILL_ROWS) {
            wanted.add(new SkillRow());
        }
        while (availability.size() < SLOT_ROWS) {
            availability.add(new SlotRow());
        }
        return this;
    }

    private static List<SkillRating> ratings(List<SkillRow> rows) {
        return rows.stream().map(row -> new SkillRating(row.skill, row.level)).toList();
    }

    private static LocalTime time(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "profile.slot.time", "Enter a time such as 09:30."));
            return null;
        }
    }

    public List<SkillRow> getOffered() { return offered; }
    public void setOffered(List<SkillRow> offered) { this.offered = offered; }
    public List<SkillRow> getWanted() { return wanted; }
    public void setWanted(List<SkillRow> wanted) { this.wanted = wanted; }
    public String getInterests() { return interests; }
    public void setInterests(String interests) { this.interests = interests; }
    public Map<Integer, Integer> getAnswers() { return answers; }
    public void setAnswers(Map<Integer, Integer> answers) { this.answers = answers; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public List<SlotRow> getAvailability() { return availability; }
    public void setAvailability(List<SlotRow> availability) { this.availability = availability; }
    public MeetingMode getMeetingMode() { return meetingMode; }
    public void setMeetingMode(MeetingMode meetingMode) { this.meetingMode = meetingMode; }
    public List<String> getLanguages() { return languages; }
    public void setLanguages(List<String> languages) { this.languages = languages; }
    public List<String> getDoNotMatch() { return doNotMatch; }
    public void setDoNotMatch(List<String> doNotMatch) { this.doNotMatch = doNotMatch; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
