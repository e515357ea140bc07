package org.flipside.matching.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.program.profile.Skill;
import org.flipside.program.profile.SkillCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns reasons into sentences in the reader's language: each {@link Term} argument is looked up first, lists are
 * joined by commas, and a skill an administrator added (so without a bundle entry) shows under its own name.
 */
@Component
public class ReasonText {

    private static final String SKILL = "skill.";

    private final MessageSource messages;
    private final Function<String, Optional<String>> customSkillName;

    @Autowired
    ReasonText(MessageSource messages, SkillCatalogue skills) {
        this(messages, code -> skills.find(code).map(Skill::customName));
    }

    ReasonText(MessageSource messages, Function<String, Optional<String>> customSkillName) {
        this.messages = messages;
        this.customSkillName = customSkillName;
    }

    public String text(Reason reason, Locale locale) {
        return message(reason.code(), reason.arguments(), reason.code(), locale);
    }

    public String text(Block block, Locale locale) {
        return text(block.reason(), locale);
    }

    private String message(String code, List<Object> arguments, String fallback, Locale locale) {
        Object[] resolved = arguments.stream().map(argument -> resolve(argument, locale)).toArray();
        String text = messages.getMessage(code, resolved, null, locale);
        if (text != null) {
            return text;
        }
        if (code.startsWith(SKILL)) {
            Optional<String> custom = customSkillName.apply(code.substring(SKILL.length()));
            if (custom.isPresent()) {
                return custom.get();
            }
        }
        return fallback;
    }

    private Object resolve(Object argument, Locale locale) {
        if (argument instanceof Term term) {
            return message(term.code(), term.arguments(), term.fallback() == null ? term.code() : term.fallback(),
                    locale);
        }
        if (argument instanceof List<?> list) {
            return list.stream().map(item -> String.valueOf(resolve(item, locale))).collect(Collectors.joining(", "));
        }
        return argument;
    }
}
