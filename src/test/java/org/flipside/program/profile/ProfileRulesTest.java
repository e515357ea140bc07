package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.SkillRating;
import org.flipside.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** Every rule of a profile, each reported with the field it is about, all at once. */
class ProfileRulesTest {

    private static final Map<String, Skill> SKILLS = Map.of(
            "prompt-writing", new Skill("prompt-writing", SkillCategory.AI_DATA, null, true, false),
            "delegation", new Skill("delegation", SkillCategory.LEADERSHIP, null, true, false),
            "fax-machines", new Skill("fax-machines", SkillCategory.DIGITAL_TOOLS, "Fax machines", false, true),
            "old-kept", new Skill("old-kept", SkillCategory.DIGITAL_TOOLS, "Kept", false, true));
    private static final Set<String> DIRECTORY = Set.of("E1", "E2", "E3");
    private static final ProfileRules.Context CONTEXT = new ProfileRules.Context(
            code -> Optional.ofNullable(SKILLS.get(code)), Set.of("old-kept"), DIRECTORY::contains, "E1");

    private static AvailabilitySlot slot(DayOfWeek day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new AvailabilitySlot(day, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute));
    }

    private static ProfileContent valid() {
        return new ProfileContent(List.of(new SkillRating("prompt-writing", 5), new SkillRating("old-kept", 1)),
                List.of(new SkillRating("delegation", 3)), "Music", Map.of(1, 1, 20, 5), "Europe/Paris",
                List.of(slot(DayOfWeek.MONDAY, 9, 0, 10, 0), slot(DayOfWeek.MONDAY, 10, 0, 11, 45),
                        slot(DayOfWeek.FRIDAY, 9, 30, 10, 15)),
                MeetingMode.IN_PERSON, List.of("en", "pt"), List.of("E2", "E3"));
    }

    private static List<String> problems(ProfileContent content) {
        return ProfileRules.check(content, CONTEXT).stream().map(p -> p.field() + " " + p.code()).toList();
    }

    private static ProfileContent withSkills(List<SkillRating> offered) {
        ProfileContent v = valid();
        return new ProfileContent(offered, v.wanted(), v.interests(), v.answers(), v.timeZone(), v.availability(),
                v.meetingMode(), v.languages(), v.doNotMatch());
    }

    private static ProfileContent withSlots(String zone, List<AvailabilitySlot> slots) {
        ProfileContent v = valid();
        return new ProfileContent(v.offered(), v.wanted(), v.interests(), v.answers(), zone, slots, v.meetingMode(),
                v.languages(), v.doNotMatch());
    }

    @Test
    void aValidProfileAndAnEmptyOneHaveNoProblems() {
        assertThat(problems(valid())).isEmpty();
        assertThat(problems(ProfileContent.empty())).isEmpty();
    }

    @Test
    void skillsMustBeKnownNotNewlyRetiredOnceEachAndLevelledOneToFive() {
        List<SkillRating> offered = Arrays.asList(new SkillRating("prompt-writing", 0), new SkillRating("no-such", 3),
                new SkillRating("fax-machines", 2), new SkillRating("prompt-writing", 6), new SkillRating("delegation", null),
                null);

        assertThat(problems(withSkills(offered))).containsExactly(
                "offered[0].level profile.skill.level",
                "offered[1].skill profile.skill.unknown",
                "offered[2].skill profile.skill.retired",
                "offered[3].skill profile.skill.duplicate",
                "offered[3].level profile.skill.level",
                "offered[4].level profile.skill.level",
                "offered[5].skill profile.skill.unknown",
                "offered[5].level profile.skill.level");
    }

    @Test
    void atMostTenSkillsPerList() {
        List<SkillRating> eleven = Collections.nCopies(11, new SkillRating("delegation", 2));
        ProfileContent v = valid();
        ProfileContent content = new ProfileContent(v.offered(), eleven, v.interests(), v.answers(), v.timeZone(),
                v.availability(), v.meetingMode(), v.languages(), v.doNotMatch());

        assertThat(problems(content)).contains("wanted profile.skills.tooMany", "wanted[1].skill profile.skill.duplicate");
    }

    @Test
    void interestsAreLimited() {
        ProfileContent v = valid();
        ProfileContent content = new ProfileContent(v.offered(), v.wanted(), "x".repeat(1001), v.answers(), v.timeZone(),
                v.availability(), v.meetingMode(), v.languages(), v.doNotMatch());

        assertThat(problems(content)).containsExactly("interests profile.interests.tooLong");
    }

    @Test
    void answersMustBelongToAStatementAndBeOneToFive() {
        ProfileContent v = valid();
        ProfileContent content = new ProfileContent(v.offered(), v.wanted(), v.interests(),
                Map.of(0, 3, 21, 3, 5, 0, 6, 6, 7, 5), v.timeZone(), v.availability(), v.meetingMode(), v.languages(),
                v.doNotMatch());

        assertThat(problems(content)).containsExactly("answers[0] profile.answer.unknown", "answers[5] profile.answer.range",
                "answers[6] profile.answer.range", "answers[21] profile.answer.unknown");
    }

    @Test
    void slotsEndAfterTheyStartOnQuarterHoursWithoutOverlapping() {
        List<AvailabilitySlot> slots = Arrays.asList(
                slot(DayOfWeek.MONDAY, 9, 0, 10, 0),
                slot(DayOfWeek.MONDAY, 9, 45, 11, 0),
                slot(DayOfWeek.TUESDAY, 10, 0, 10, 0),
                slot(DayOfWeek.TUESDAY, 8, 10, 9, 0),
                slot(DayOfWeek.MONDAY, 10, 0, 10, 15),
                new AvailabilitySlot(null, null, null),
                null);

        assertThat(problems(withSlots("Europe/Paris", slots))).containsExactly(
                "availability[1] profile.slot.overlap",
                "availability[2].end profile.slot.order",
                "availability[3].start profile.slot.grid",
                "availability[4] profile.slot.overlap",
                "availability[5].day profile.slot.day",
                "availability[5].start profile.slot.time",
                "availability[5].end profile.slot.time",
                "availability[6].day profile.slot.day",
                "availability[6].start profile.slot.time",
                "availability[6].end profile.slot.time");
    }

    @Test
    void slotsNeedAKnownTimeZoneAndAreLimited() {
        List<AvailabilitySlot> many = new ArrayList<>();
        IntStream.range(0, 22).forEach(i -> many.add(slot(DayOfWeek.of(i % 7 + 1), i / 7 + 8, 0, i / 7 + 8, 30)));

        assertThat(problems(withSlots(null, valid().availability()))).containsExactly("timeZone profile.timeZone.required");
        assertThat(problems(withSlots("Mars/Olympus", valid().availability()))).containsExactly("timeZone profile.timeZone.unknown");
        assertThat(problems(withSlots("Europe/Paris", many))).containsExactly("availability profile.slots.tooMany");
        assertThat(problems(withSlots(null, List.of()))).isEmpty();
    }

    @Test
    void languagesAreTwoLetterCodesOnceEach() {
        ProfileContent v = valid();
        ProfileContent content = new ProfileContent(v.offered(), v.wanted(), v.interests(), v.answers(), v.timeZone(),
                v.availability(), v.meetingMode(), Arrays.asList("en", "English", "en", null), v.doNotMatch());

        assertThat(problems(content)).containsExactly("languages[1] profile.language.unknown",
                "languages[2] profile.language.duplicate", "languages[3] profile.language.unknown");
    }

    @Test
    void doNotMatchNamesOtherPeopleFromTheDirectoryOnceEach() {
        ProfileContent v = valid();
        ProfileContent content = new ProfileContent(v.offered(), v.wanted(), v.interests(), v.answers(), v.timeZone(),
                v.availability(), v.meetingMode(), v.languages(), Arrays.asList("E2", "E1", "E9", "E2", " "));

        assertThat(problems(content)).containsExactly("doNotMatch[1] profile.doNotMatch.self",
                "doNotMatch[2] profile.doNotMatch.unknown", "doNotMatch[3] profile.doNotMatch.duplicate",
                "doNotMatch[4] profile.doNotMatch.unknown");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ProfileContent content = new ProfileContent(List.of(new SkillRating("x", 9)), null, null, Map.of(3, 9),
                "Nowhere/Land", null, null, List.of("zz"), List.of("E1"));

        assertThat(ProfileRules.check(content, CONTEXT)).extracting(FieldProblem::field).containsExactly(
                "offered[0].skill", "offered[0].level", "answers[3]", "timeZone", "languages[0]", "doNotMatch[0]");
    }
}
