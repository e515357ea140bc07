package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.matching.scoring.CohortScoringTest.dana;
import static org.flipside.matching.scoring.CohortScoringTest.sam;
import static org.flipside.matching.scoring.HardConstraintTest.cohort;
import static org.flipside.matching.scoring.HardConstraintTest.none;
import static org.flipside.matching.scoring.HardConstraintTest.settings;

import java.time.DayOfWeek;
import org.flipside.matching.settings.Criterion;
import org.flipside.program.MeetingMode;
import org.junit.jupiter.api.Test;

/** What is unknown earns nothing and the reason says what is missing; clashing choices earn nothing and say why. */
class MissingAndMismatchedTest {

    @Test
    void someoneNotInTheDirectoryHasNoDepartmentLocationOrBirthYear() {
        Someone sam = sam();
        sam.inDirectory = false;
        sam.profileZone = "Europe/Berlin";
        sam.languages.add("en");

        Explanation explanation = cohort(dana(), sam, settings(0, 0, true), none()).explain(0, 0);

        expect(explanation, Criterion.CROSS_DEPARTMENT, 0, "E2's department is unknown");
        expect(explanation, Criterion.CROSS_LOCATION, 0, "E2's location is unknown");
        expect(explanation, Criterion.CROSS_GENERATION, 0, "E2's birth year is unknown");
        expect(explanation, Criterion.AVAILABILITY, 63, "2 hours 30 minutes a week in common");
    }

    @Test
    void missingProfilePartsAreNamed() {
        Someone dana = dana();
        dana.wanted.clear();
        dana.interests = " ";
        dana.slots.clear();
        dana.mode = null;
        Someone sam = sam();
        sam.directoryZone = null;
        sam.directoryLanguages.clear();

        Explanation explanation = cohort(dana, sam, settings(0, 2, true), none()).explain(0, 0);

        expect(explanation, Criterion.SKILLS, 0, "Dana Reyes has not said which skills they want to learn");
        expect(explanation, Criterion.INTERESTS, 0, "Dana Reyes has not written down any interests");
        expect(explanation, Criterion.AVAILABILITY, 0, "Dana Reyes has not given any times they can meet");
        expect(explanation, Criterion.TIME_ZONE, 0, "Sam Lee's time zone is unknown");
        expect(explanation, Criterion.LANGUAGE, 0, "Sam Lee's languages are unknown");
        expect(explanation, Criterion.MEETING_MODE, 0, "Dana Reyes has not chosen how to meet");
    }

    @Test
    void availabilityWithoutATimeZoneCannotBeCompared() {
        Someone sam = sam();
        sam.directoryZone = "Mars/Olympus";

        Explanation explanation = cohort(dana(), sam, settings(0, 2, true), none()).explain(0, 0);

        expect(explanation, Criterion.AVAILABILITY, 0,
                "Sam Lee's time zone is unknown, so their times cannot be compared");
    }

    @Test
    void clashingModesAndInPersonAtDifferentPlacesEarnNothing() {
        Someone dana = dana();
        dana.mode = MeetingMode.IN_PERSON;
        Someone video = sam();
        video.mode = MeetingMode.VIDEO;
        Someone inPerson = sam();
        inPerson.mode = MeetingMode.IN_PERSON;

        expect(cohort(dana, video, settings(0, 2, true), none()).explain(0, 0), Criterion.MEETING_MODE, 0,
                "Meeting modes clash: Dana Reyes in person, Sam Lee by video");
        expect(cohort(dana, inPerson, settings(0, 2, true), none()).explain(0, 0), Criterion.MEETING_MODE, 0,
                "Both want to meet in person but work in different places (London and Berlin)");
    }

    @Test
    void nothingInCommonIsSaidPlainly() {
        Someone sam = sam();
        sam.offered.clear();
        sam.offers("delegation", 3);
        sam.interests = "sailing";
        sam.slots.clear();
        sam.slot(DayOfWeek.FRIDAY, "09:00", "10:00");
        sam.works("Finance", "London", 3, 1971);

        Explanation explanation = cohort(dana(), sam, settings(0, 2, true), none()).explain(0, 0);

        expect(explanation, Criterion.SKILLS, 0, "Teaches none of the 4 skills Dana Reyes wants");
        expect(explanation, Criterion.INTERESTS, 0, "No interests in common");
        expect(explanation, Criterion.AVAILABILITY, 0, "No time in common in the week");
        expect(explanation, Criterion.CROSS_DEPARTMENT, 0, "Same department: Finance");
        expect(explanation, Criterion.CROSS_LOCATION, 0, "Same location: London");
        expect(explanation, Criterion.CROSS_GENERATION, 4, "Born one year apart");
    }

    @Test
    void aMentorWhoTeachesEverySkillAtTheLevelWishedForIsComplete() {
        Someone sam = sam();
        sam.offered.clear();
        sam.offers("short-video", 4).offers("generative-ai-basics", 5).offers("chat-workspaces", 2)
                .offers("data-privacy", 1);

        Explanation explanation = cohort(dana(), sam, settings(0, 2, true), none()).explain(0, 0);

        expect(explanation, Criterion.SKILLS, 100, "Teaches all 4 skills Dana Reyes wants: Short-form video platforms, "
                + "What generative AI can and cannot do, Team chat workspaces, Personal data and privacy in daily work");
    }

    private static void expect(Explanation explanation, Criterion criterion, int fulfilment, String text) {
        CriterionScore score = explanation.criteria().get(criterion.ordinal());
        assertThat(score.criterion()).isEqualTo(criterion);
        assertThat(score.fulfilment()).as(criterion.name()).isEqualTo(fulfilment);
        assertThat(Texts.of(score.reason())).as(criterion.name()).isEqualTo(text);
    }
}
