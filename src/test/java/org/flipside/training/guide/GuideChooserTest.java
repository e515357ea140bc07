package org.flipside.training.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.junit.jupiter.api.Test;

/** Which library guide a program's topic starts from: its words first, the program's objectives next, else general. */
class GuideChooserTest {

    final GuideLibrary library = new GuideLibrary(GuideLibrary.DEFAULT_LOCATION);

    @Test
    void aTopicsOwnWordsChooseItsTheme() {
        assertThat(chosen("AI at work")).isEqualTo("digital-tools");
        assertThat(chosen("Remote collaboration tools")).isEqualTo("digital-tools");
        assertThat(chosen("Personal brand on LinkedIn")).isEqualTo("social-media");
        assertThat(chosen("Gen Z expectations")).isEqualTo("generations");
        assertThat(chosen("Working across generations")).isEqualTo("generations");
        assertThat(chosen("New product ideas")).isEqualTo("innovation");
        assertThat(chosen("Inclusive leadership")).isEqualTo("inclusion");
        assertThat(chosen("D&I")).isEqualTo("inclusion");
        assertThat(chosen("What younger customers want")).isEqualTo("younger-customers");
    }

    @Test
    void shortKeywordsMustBeWholeWordsWhileLongerOnesMatchTheWordsTheyBegin() {
        assertThat(chosen("Experiments and aims")).as("'ai' is not in 'aims'").isEqualTo("innovation");
        assertThat(chosen("Customers")).isEqualTo("younger-customers");
    }

    @Test
    void theProgramsObjectivesDecideForATopicWhoseWordsFitNoTheme() {
        assertThat(chosen("Leadership", ObjectiveChoice.of(Objective.INNOVATION))).isEqualTo("innovation");
        assertThat(chosen("Listening", ObjectiveChoice.custom("Leaders learn to use social media well")))
                .isEqualTo("social-media");
    }

    @Test
    void objectivesBreakATieBetweenThemesTheTopicFitsEqually() {
        assertThat(chosen("Team culture")).isEqualTo("general");
        assertThat(chosen("Team culture", ObjectiveChoice.of(Objective.DIVERSITY_INCLUSION))).isEqualTo("inclusion");
        assertThat(chosen("Team culture", ObjectiveChoice.of(Objective.BRIDGING_GENERATIONS))).isEqualTo("generations");
    }

    @Test
    void withNothingToGoOnOrNoSingleBestFitTheGeneralGuideIsChosen() {
        assertThat(chosen("Leadership")).isEqualTo("general");
        assertThat(chosen("Leadership", ObjectiveChoice.of(Objective.INNOVATION),
                ObjectiveChoice.of(Objective.DIGITAL_FLUENCY))).isEqualTo("general");
        assertThat(chosen("Strategy", ObjectiveChoice.custom("Something entirely different"))).isEqualTo("general");
    }

    @Test
    void theTopicOutweighsTheObjectives() {
        assertThat(chosen("Social media", ObjectiveChoice.of(Objective.DIGITAL_FLUENCY),
                ObjectiveChoice.custom("Digital tools and technology for leaders"))).isEqualTo("social-media");
    }

    private String chosen(String topic, ObjectiveChoice... objectives) {
        return GuideChooser.choose(library.all(), library.general(), topic, List.of(objectives)).code();
    }
}
