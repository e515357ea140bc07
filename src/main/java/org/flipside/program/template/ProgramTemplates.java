package org.flipside.program.template;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramTemplate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The reverse-mentoring programs organisations run most often, ready to start from: leaders learning digital
 * tools, understanding social media and younger customers, bridging generations and inclusion, and innovation.
 */
@Component
public class ProgramTemplates {

    static final List<TemplateDefinition> DEFINITIONS = List.of(
            new TemplateDefinition("digital-leaders", List.of(Objective.DIGITAL_FLUENCY, Objective.INNOVATION),
                    Cadence.FORTNIGHTLY, 1),
            new TemplateDefinition("social-customers",
                    List.of(Objective.SOCIAL_MEDIA_LITERACY, Objective.UNDERSTANDING_YOUNGER_CUSTOMERS),
                    Cadence.FORTNIGHTLY, 2),
            new TemplateDefinition("generations-inclusion",
                    List.of(Objective.BRIDGING_GENERATIONS, Objective.DIVERSITY_INCLUSION), Cadence.MONTHLY, 1),
            new TemplateDefinition("innovation-lab",
                    List.of(Objective.INNOVATION, Objective.UNDERSTANDING_YOUNGER_CUSTOMERS, Objective.DIGITAL_FLUENCY),
                    Cadence.WEEKLY, 2));

    private final MessageSource messages;

    public ProgramTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** Every template, in the language of the current request. */
    public List<ProgramTemplate> all() {
        Locale locale = LocaleContextHolder.getLocale();
        return DEFINITIONS.stream().map(definition -> resolve(definition, locale)).toList();
    }

    public Optional<ProgramTemplate> find(String code) {
        return all().stream().filter(template -> template.code().equals(code)).findFirst();
    }

    public boolean exists(String code) {
        return DEFINITIONS.stream().anyMatch(definition -> definition.code().equals(code));
    }

    private ProgramTemplate resolve(TemplateDefinition definition, Locale locale) {
        List<String> topics = Arrays.stream(messages.getMessage(definition.key("topics"), null, locale).split(";"))
                .map(String::strip)
                .filter(topic -> !topic.isEmpty())
                .toList();
        return new ProgramTemplate(definition.code(), messages.getMessage(definition.key("name"), null, locale),
                messages.getMessage(definition.key("purpose"), null, locale),
                definition.objectives().stream().map(ObjectiveChoice::of).toList(), topics, definition.cadence(),
                definition.mentorCapacity());
    }
}
