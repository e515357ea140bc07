package org.flipside.program.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramTemplate;
import org.flipside.program.definition.ProgramRules;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class ProgramTemplatesTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/program", Locale.ROOT);
    private final ProgramTemplates templates = new ProgramTemplates(messageSource());

    private static ResourceBundleMessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/program");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void atLeastFourTemplatesCoverTheCommonAims() {
        List<ProgramTemplate> all = templates.all();

        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).extracting(ProgramTemplate::code).doesNotHaveDuplicates();
        List<Objective> covered = all.stream().flatMap(t -> t.objectives().stream()).map(ObjectiveChoice::catalogue).toList();
        assertThat(covered).contains(Objective.DIGITAL_FLUENCY, Objective.SOCIAL_MEDIA_LITERACY,
                Objective.UNDERSTANDING_YOUNGER_CUSTOMERS, Objective.BRIDGING_GENERATIONS, Objective.DIVERSITY_INCLUSION,
                Objective.INNOVATION);
    }

    @Test
    void wordsComeFromTheMessageBundle() {
        ProgramTemplate digital = templates.find("digital-leaders").orElseThrow();

        assertThat(digital.name()).isEqualTo(bundle.getString("template.digital-leaders.name"));
        assertThat(digital.purpose()).isEqualTo(bundle.getString("template.digital-leaders.purpose"));
        assertThat(digital.focusTopics()).first().isEqualTo(bundle.getString("template.digital-leaders.topics").split(";")[0].strip());
        for (ProgramTemplate template : templates.all()) {
            assertThat(template.focusTopics()).as(template.code()).isNotEmpty().allSatisfy(topic -> assertThat(topic).isNotBlank());
        }
    }

    @Test
    void everyTemplatePrefillsAValidDraftWithoutDates() {
        for (ProgramTemplate template : templates.all()) {
            ProgramDraft draft = template.toDraft();

            assertThat(ProgramRules.check(draft, false)).as(template.code()).isEmpty();
            assertThat(draft.name()).isEqualTo(template.name());
            assertThat(draft.purpose()).isEqualTo(template.purpose());
            assertThat(draft.objectives()).isNotEmpty().isEqualTo(template.objectives());
            assertThat(draft.focusTopics()).isEqualTo(template.focusTopics());
            assertThat(draft.cadence()).isEqualTo(template.cadence());
            assertThat(draft.mentorCapacity()).isEqualTo(template.mentorCapacity());
            assertThat(draft.templateCode()).isEqualTo(template.code());
            assertThat(draft.startDate()).isNull();
            assertThat(draft.endDate()).isNull();
        }
    }

    @Test
    void unknownCodesAreNotTemplates() {
        assertThat(templates.exists("digital-leaders")).isTrue();
        assertThat(templates.exists("no-such-template")).isFalse();
        assertThat(templates.find("no-such-template")).isEmpty();
    }
}
