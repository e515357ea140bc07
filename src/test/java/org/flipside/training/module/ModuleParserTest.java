package org.flipside.training.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.training.module.ModuleCatalogueTest.module;

import org.flipside.program.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The module file format: what it reads, and the specific message for each kind of mistake. */
class ModuleParserTest {

    @Test
    void readsTheHeaderTheTextAndTheQuestions() {
        TrainingModule module = ModuleParser.parse("ok.md", module("a-module", "MENTEE", "2"));

        assertThat(module.code()).isEqualTo("a-module");
        assertThat(module.side()).isEqualTo(Side.MENTEE);
        assertThat(module.position()).isEqualTo(2);
        assertThat(module.minutes()).isEqualTo(4);
        assertThat(module.markdown()).isEqualTo("Body text.");
        assertThat(module.questions()).hasSize(2);
        assertThat(module.questions().get(1).number()).isEqualTo(2);
        assertThat(module.questions().get(1).options()).containsExactly("yes", "no");
        assertThat(module.questions().get(1).correct()).isEqualTo(1);
        assertThat(module.questions().get(1).explanation()).isEqualTo("Because not.");
        assertThat(module.questions().get(1).rightAnswer(1)).isTrue();
        assertThat(module.questions().get(1).rightAnswer(0)).isFalse();
        assertThat(module.questions().get(1).rightAnswer(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "code: a-module|code: A Module|code 'A Module' must be 3 to 64 lower-case letters, digits or hyphens",
            "side: MENTEE|side: BOTH|side 'BOTH' must be MENTOR or MENTEE",
            "minutes: 4|minutes: lots|'minutes' must be a whole number from 1 to 60, not 'lots'",
            "minutes: 4|colour: blue|line 7: unknown header key 'colour'",
            "title: Title|title:|the header needs 'title'",
            "- [ ] no|- [x] no|line 14: a question has one right option only",
            "Why: Because not.|Just some words|line 19: expected an option ('- [ ]' or '- [x]'), 'Why:' or the next 'Q:'",
            "Why: Because not.|Why:|line 19: 'Why:' needs the explanation",
            "=== questions ===|=== checks ===|no '=== questions ===' line before the questions",
            "Body text.|\"\"|line 9: the module has no text",
    })
    void eachMistakeIsNamedWithItsLine(String replaced, String by, String message) {
        String text = module("a-module", "MENTEE", "2").replaceFirst(java.util.regex.Pattern.quote(replaced),
                java.util.regex.Matcher.quoteReplacement(by));

        assertThatThrownBy(() -> ModuleParser.parse("bad.md", text))
                .isInstanceOf(TrainingContentException.class)
                .hasMessageStartingWith("Training content bad.md")
                .hasMessageContaining(message);
    }

    @Test
    void aModuleNeedsTwoToFourQuestionsEachWithAnExplanation() {
        String one = module("a-module", "MENTOR", "1").replaceAll("(?s)Q: Two\\?.*", "");
        String noWhy = module("a-module", "MENTOR", "1").replace("Why: Because.\n", "");

        assertThatThrownBy(() -> ModuleParser.parse("one.md", one)).hasMessageContaining("2 to 4 questions, this one has 1");
        assertThatThrownBy(() -> ModuleParser.parse("why.md", noWhy))
                .hasMessageContaining("line 12: a question needs a 'Why:' explanation");
        assertThatThrownBy(() -> ModuleParser.parse("open.md", "---\ncode: x\n"))
                .hasMessageContaining("the header is not closed");
        assertThatThrownBy(() -> ModuleParser.parse("start.md", "code: x\n"))
                .hasMessageContaining("line 1: the file must start with a '---' line");
    }
}
