package org.flipside.program.profile.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flipside.program.profile.Skill;
import org.flipside.program.profile.SkillCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Display names of skills: the bundle's for shipped skills, the administrator's for custom ones. */
@Component
class SkillNames {

    private final MessageSource messages;
    private final SkillCatalogue catalogue;

    SkillNames(MessageSource messages, SkillCatalogue catalogue) {
        this.messages = messages;
        this.catalogue = catalogue;
    }

    String name(Skill skill, Locale locale) {
        return skill.customName() != null ? skill.customName()
                : messages.getMessage(skill.messageKey(), null, skill.code(), locale);
    }

    /** Code → name of every skill, retired ones included, in the current request's language. */
    Map<String, String> all() {
        Map<String, String> names = new LinkedHashMap<>();
        List<Skill> skills = catalogue.all();
        skills.forEach(skill -> names.put(skill.code(), name(skill, LocaleContextHolder.getLocale())));
        return names;
    }
}
