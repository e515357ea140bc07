package org.flipside.training.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The content we ship loads, every module is usable, and a broken content file stops start-up with its reason. */
class ModuleCatalogueTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(CatalogueOnly.class);

    @Configuration(proxyBeanMethods = false)
    @Import(ModuleCatalogue.class)
    static class CatalogueOnly {
    }

    @Test
    void theShippedContentHasThreeToFourModulesPerSideEachWithUsableQuestions() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            ModuleCatalogue catalogue = started.getBean(ModuleCatalogue.class);
            Set<String> codes = new HashSet<>();
            for (Side side : Side.values()) {
                List<TrainingModule> modules = catalogue.forSide(side);
                assertThat(modules).hasSizeBetween(3, 4);
                assertThat(modules).extracting(TrainingModule::position).isSorted().doesNotHaveDuplicates();
                for (TrainingModule module : modules) {
                    assertThat(codes.add(module.code())).as("unique code %s", module.code()).isTrue();
                    assertThat(module.side()).isEqualTo(side);
                    assertThat(words(module.markdown())).as("words in %s", module.code()).isBetween(300, 600);
                    assertThat(module.questions()).hasSizeBetween(2, 4);
                    for (CheckQuestion question : module.questions()) {
                        assertThat(question.options()).hasSizeBetween(2, 5).doesNotHaveDuplicates();
                        assertThat(question.correct()).isBetween(0, question.options().size() - 1);
                        assertThat(question.explanation()).isNotBlank();
                        assertThat(question.text()).endsWith("?");
                    }
                    assertThat(catalogue.find(module.code())).contains(module);
                }
            }
        });
    }

    @Test
    void aContentFileWithAMistakeStopsStartUpNamingTheFileLineAndProblem() {
        context.withPropertyValues("flipside.training.content=classpath*:training-broken/*.md").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .isInstanceOf(TrainingContentException.class)
                    .hasMessage("Training content training/broken.md, line 18: a question needs one option marked '- [x]'");
        });
    }

    @Test
    void aSideWithoutModulesIsRefused() {
        TrainingModule mentorOnly = ModuleParser.parse("one.md", module("solo", "MENTOR", "1"));

        assertThat(catchThrowable(() -> new ModuleCatalogue(List.of(mentorOnly))))
                .isInstanceOf(TrainingContentException.class).hasMessageContaining("no module for the MENTEE side");
    }

    @Test
    void twoModulesWithOneCodeOrOnePositionAreRefused() {
        TrainingModule first = ModuleParser.parse("a.md", module("same-code", "MENTOR", "1"));
        TrainingModule sameCode = ModuleParser.parse("b.md", module("same-code", "MENTEE", "1"));
        TrainingModule samePlace = ModuleParser.parse("c.md", module("other-code", "MENTOR", "1"));

        assertThat(catchThrowable(() -> new ModuleCatalogue(List.of(first, sameCode))))
                .isInstanceOf(TrainingContentException.class).hasMessageContaining("two modules share this code");
        assertThat(catchThrowable(() -> new ModuleCatalogue(List.of(first, samePlace))))
                .isInstanceOf(TrainingContentException.class).hasMessageContaining("has position 1");
    }

    static String module(String code, String side, String position) {
        return """
                ---
                code: %s
                side: %s
                position: %s
                title: Title
                summary: Summary
                minutes: 4
                ---
                Body text.

                === questions ===
                Q: One?
                - [x] yes
                - [ ] no
                Why: Because.
                Q: Two?
                - [ ] yes
                - [x] no
                Why: Because not.
                """.formatted(code, side, position);
    }

    private static int words(String markdown) {
        return markdown.split("\\s+").length;
    }
}
