package org.flipside.training.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flipside.program.Objective;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;
import org.junit.jupiter.api.Test;

/** The library Flipside ships: a general guide and one per theme, each complete enough to run a session with. */
class GuideLibraryTest {

    final GuideLibrary library = new GuideLibrary(GuideLibrary.DEFAULT_LOCATION);

    @Test
    void everyCatalogueObjectiveHasExactlyOneGuideAndThereIsAGeneralOne() {
        assertThat(library.general().code()).isEqualTo("general");
        assertThat(library.general().objective()).isNull();
        assertThat(library.all()).hasSize(Objective.values().length + 1);
        for (Objective objective : Objective.values()) {
            assertThat(library.all().stream().filter(g -> g.objective() == objective)).as(objective.name()).hasSize(1);
        }
        assertThat(library.all().get(0)).as("general first").isSameAs(library.general());
    }

    @Test
    void everyGuideMeetsTheMinimumCountsAndEveryExerciseHasSteps() {
        for (LibraryGuide guide : library.all()) {
            Map<GuideItemKind, Integer> counts = new EnumMap<>(GuideItemKind.class);
            guide.items().forEach(item -> counts.merge(item.kind(), 1, Integer::sum));
            assertThat(counts.get(GuideItemKind.OPENING_QUESTION)).as(guide.code()).isGreaterThanOrEqualTo(5);
            assertThat(counts.get(GuideItemKind.EXERCISE)).as(guide.code()).isGreaterThanOrEqualTo(2);
            assertThat(counts.get(GuideItemKind.GIVING_FEEDBACK_UPWARD)).as(guide.code()).isGreaterThanOrEqualTo(2);
            assertThat(counts.get(GuideItemKind.RECEIVING_FEEDBACK)).as(guide.code()).isGreaterThanOrEqualTo(2);
            assertThat(guide.title()).isNotBlank();
            assertThat(guide.introduction()).hasSizeGreaterThan(100);
            for (GuideItem item : guide.items()) {
                assertThat(item.text()).isNotBlank().hasSizeLessThanOrEqualTo(GuideRules.ITEM_MAX);
                if (item.kind() == GuideItemKind.EXERCISE) {
                    assertThat(item.text().split("\n")).as(guide.code() + " exercise " + item.position())
                            .hasSizeGreaterThanOrEqualTo(3);
                }
            }
            assertThat(guide.items().stream().map(GuideItem::position).toList())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, guide.items().size()).boxed().toList());
        }
    }

    @Test
    void noTwoGuidesShareAnItem() {
        List<String> texts = library.all().stream().flatMap(g -> g.items().stream()).map(GuideItem::text).toList();
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void theLibraryGuidesAreReadInTheirFilesOrder() {
        LibraryGuide digital = library.byCode("digital-tools").orElseThrow();
        assertThat(digital.objective()).isEqualTo(Objective.DIGITAL_FLUENCY);
        assertThat(digital.keywords()).contains("digital", "ai", "artificial intelligence");
        assertThat(digital.items().get(0).text()).startsWith("Which tool do you open first");
        assertThat(Arrays.stream(digital.items().stream().filter(i -> i.kind() == GuideItemKind.EXERCISE)
                .findFirst().orElseThrow().text().split("\n")).toList())
                .first().isEqualTo("Fix one real annoyance live");
    }
}
