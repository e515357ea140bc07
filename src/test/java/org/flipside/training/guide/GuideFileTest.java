package org.flipside.training.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A malformed library file is refused with its name, the line and the reason, and the application does not start. */
class GuideFileTest {

    static final String COMPLETE = """
            code: sample
            objective: INNOVATION
            keywords: idea, new things
            title: Sample
            introduction: A sample guide.
            question: One?
            question: Two?
            question: Three?
            question: Four?
            question: Five?
            exercise: Together
            step: First
            step: Second
            exercise: Again
            step: First
            step: Second
            upward: Up one
            upward: Up two
            receiving: Receive one
            receiving: Receive two
            """;

    @Test
    void aCompleteFileIsRead() {
        LibraryGuide guide = GuideFile.parse("sample.guide", "# comment\n\n" + COMPLETE);
        assertThat(guide.code()).isEqualTo("sample");
        assertThat(guide.keywords()).containsExactly("idea", "new things");
        assertThat(guide.items()).hasSize(11);
        assertThat(guide.items().get(5).text()).isEqualTo("Together\nFirst\nSecond");
        assertThat(guide.items().get(10).position()).isEqualTo(11);
    }

    @Test
    void eachMistakeIsNamedWithItsLine() {
        refused(COMPLETE.replace("question: Two?", "question Two?"), "sample.guide line 7: expected 'name: value'");
        refused(COMPLETE.replace("question: Two?", "quest: Two?"), "sample.guide line 7: unknown name 'quest'");
        refused(COMPLETE.replace("question: Two?", "step: Two?"), "line 7: a step must follow an 'exercise:' line");
        refused(COMPLETE.replace("step: Second\nexercise: Again", "exercise: Again"),
                "line 11: the exercise has 1 steps; give it at least 2");
        refused(COMPLETE.replace("question: Two?", "title: Again"), "line 7: 'title' is given twice");
        refused(COMPLETE.replace("question: Two?", "question:"), "line 7: 'question' has no value");
    }

    @Test
    void missingPartsAndTooFewItemsAreNamed() {
        refused(COMPLETE.replace("title: Sample\n", ""), "sample.guide: 'title:' is missing");
        refused(COMPLETE.replace("question: Five?\n", ""), "it has 4 opening questions ('question:'); a guide needs at least 5");
        refused(COMPLETE.replace("receiving: Receive two\n", ""), "it has 1 items on receiving feedback");
        refused(COMPLETE.replace("objective: INNOVATION", "objective: WORLD_PEACE"), "unknown objective 'WORLD_PEACE'");
        refused(COMPLETE.replace("objective: INNOVATION\n", ""), "only the general guide has no objective");
        refused(COMPLETE.replace("code: sample", "code: Sample Guide"), "the code 'Sample Guide' must be");
        refused(COMPLETE.replace("upward: Up one", "upward: " + "x".repeat(GuideRules.ITEM_MAX + 1)),
                "items[7].text: Keep item 8 to 2000 characters (it has 2001).");
    }

    @Test
    void aMalformedFileStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> GuideLibrary.load("classpath*:training/broken-guides/*.guide"))
                .isInstanceOf(MalformedGuideException.class)
                .hasMessage("Conversation guide library: half-written.guide line 15: the exercise has 1 steps; "
                        + "give it at least 2");
        new ApplicationContextRunner().withUserConfiguration(GuideLibrary.class)
                .withPropertyValues("flipside.guides.location=classpath*:training/broken-guides/*.guide")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("half-written.guide line 15"));
        new ApplicationContextRunner().withUserConfiguration(GuideLibrary.class)
                .withPropertyValues("flipside.guides.location=classpath*:training/nowhere/*.guide")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("no guide files found"));
    }

    private static void refused(String content, String message) {
        assertThatThrownBy(() -> GuideFile.parse("sample.guide", content))
                .isInstanceOf(MalformedGuideException.class).hasMessageContaining(message);
    }
}
