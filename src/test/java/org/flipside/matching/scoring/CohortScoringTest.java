package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.matching.settings.Criterion;
import org.flipside.matching.settings.CriterionSetting;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.QuestionLink;
import org.flipside.people.reporting.ReportingForest;
import org.flipside.program.MeetingMode;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.WorkStyleDimension;
import org.junit.jupiter.api.Test;

/** One hand-built pair, every criterion's fulfilment worked out by hand, with the sentence a manager reads. */
class CohortScoringTest {

    static final List<Question> QUESTIONS = List.of(
            new Question(11, 1, 1, QuestionType.MULTIPLE_CHOICE, "What can you show a leader?",
                    List.of("Social media", "AI tools", "Gaming"), false),
            new Question(12, 1, 2, QuestionType.TEXT, "What do you know well?", List.of(), false),
            new Question(21, 1, 3, QuestionType.MULTIPLE_CHOICE, "What should your mentor know about?",
                    List.of("Social media", "AI tools", "Gaming"), false),
            new Question(22, 1, 4, QuestionType.TEXT, "What do you want to learn?", List.of(), false));

    static Someone dana() {
        Someone dana = Someone.mentee("E1", "Dana Reyes").works("Finance", "London", 8, 1970)
                .wants("short-video", 4).wants("generative-ai-basics", 3).wants("chat-workspaces", 2)
                .wants("data-privacy", 1)
                .style(WorkStyleDimension.STRUCTURE, 80).style(WorkStyleDimension.DIRECTNESS, 40)
                .style(WorkStyleDimension.PACE, 20).style(WorkStyleDimension.INDEPENDENCE, 90)
                .slot(DayOfWeek.MONDAY, "09:00", "11:00").slot(DayOfWeek.WEDNESDAY, "14:00", "15:30")
                .answer(21, "Social media", "AI tools").answer(22, "I want to understand how young customers shop online");
        dana.interests = "Podcasts, cycling and jazz music";
        dana.profileZone = "Europe/London";
        dana.mode = MeetingMode.VIDEO;
        dana.languages.addAll(List.of("en", "fr"));
        return dana;
    }

    static Someone sam() {
        Someone sam = Someone.mentor("E2", "Sam Lee").works("Marketing", "Berlin", 3, 1998)
                .offers("short-video", 5).offers("generative-ai-basics", 2).offers("chat-workspaces", 2)
                .offers("prompt-writing", 4)
                .style(WorkStyleDimension.STRUCTURE, 60).style(WorkStyleDimension.DIRECTNESS, 40)
                .style(WorkStyleDimension.PACE, 90).style(WorkStyleDimension.REFLECTION, 50)
                .style(WorkStyleDimension.INDEPENDENCE, 10)
                .slot(DayOfWeek.MONDAY, "10:30", "12:00").slot(DayOfWeek.WEDNESDAY, "15:00", "16:00")
                .answer(11, "AI tools", "Gaming", "Social media").answer(12, "I know online shopping and customer habits");
        sam.interests = "music festivals, podcasts, gaming";
        sam.directoryZone = "Europe/Berlin";
        sam.mode = MeetingMode.EITHER;
        sam.directoryLanguages.addAll(List.of("English", "German"));
        return sam;
    }

    static MatchingSettings settings() {
        MatchingSettings defaults = MatchingSettings.defaults(null);
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(defaults.criteria());
        criteria.put(Criterion.ANSWERS, CriterionSetting.weighted(2));
        return new MatchingSettings(criteria, defaults.workStyle(), 0, 2, true, defaults.priority(), false, 14,
                List.of(new QuestionLink(11, 21), new QuestionLink(12, 22)), 0);
    }

    static HardRules noRules() {
        return new HardRules(ReportingForest.empty(), Set.of(), Set.of());
    }

    @Test
    void everyCriterionIsWorkedOutAndExplained() {
        Cohort cohort = Cohort.of(List.of(dana().candidate()), List.of(sam().candidate()), settings(), QUESTIONS,
                noRules());

        Explanation explanation = cohort.explain(0, 0);

        assertThat(explanation.block()).isNull();
        Map<Criterion, CriterionScore> by = new EnumMap<>(Criterion.class);
        explanation.criteria().forEach(score -> by.put(score.criterion(), score));
        assertThat(by).hasSize(11);
        expect(by, Criterion.SKILLS, 80, "Teaches 3 of the 4 skills Dana Reyes wants: Short-form video platforms, "
                + "What generative AI can and cannot do, Team chat workspaces, one of them at a lower level than wished");
        expect(by, Criterion.INTERESTS, 50, "2 interests in common: podcasts, music");
        expect(by, Criterion.WORK_STYLE, 63, "Work styles fit 63%: structure 80 and 60 (alike is better), "
                + "directness 40 and 40 (alike is better), pace 20 and 90 (different is better), "
                + "no answers on reflection from Dana Reyes");
        expect(by, Criterion.AVAILABILITY, 63, "2 hours 30 minutes a week in common");
        expect(by, Criterion.TIME_ZONE, 92, "Time zones 1 hour apart (UTC and UTC+01:00)");
        expect(by, Criterion.LANGUAGE, 100, "Both speak English");
        expect(by, Criterion.MEETING_MODE, 100, "Meeting modes fit: Dana Reyes by video, Sam Lee in person or by video");
        expect(by, Criterion.ANSWERS, 70, "Linked answers agree 70%: \"What should your mentor know about?\" 100% "
                + "(Social media, AI tools), \"What do you want to learn?\" 40% (customers, online)");
        expect(by, Criterion.CROSS_DEPARTMENT, 100, "Different departments: Finance and Marketing");
        expect(by, Criterion.CROSS_LOCATION, 100, "Different locations: London and Berlin");
        expect(by, Criterion.CROSS_GENERATION, 100, "Born 28 years apart");

        // 10·80 + 3·50 + 3·63 + 5·63 + 2·92 + 3·100 + 2·100 + 2·70 + 3·100 + 1·100 + 2·100 = 2878 over weight 36
        assertThat(explanation.score()).isEqualTo(799);
        assertThat(cohort.score(0, 0)).isEqualTo(799);
        assertThat(by.get(Criterion.SKILLS).points()).isEqualTo(222); // 10 × 80 × 10 / 36 = 222.2
    }

    private static void expect(Map<Criterion, CriterionScore> by, Criterion criterion, int fulfilment, String text) {
        CriterionScore score = by.get(criterion);
        assertThat(score.fulfilment()).as(criterion.name()).isEqualTo(fulfilment);
        assertThat(Texts.of(score.reason())).as(criterion.name()).isEqualTo(text);
    }
}
