package org.flipside.pairing.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.pairing.PairView;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.Side;
import org.flipside.program.SkillRating;
import org.flipside.program.profile.Skill;
import org.flipside.program.profile.SkillCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which items a person of a pair rates themself on, and what they are called. A senior mentee rates the skills they
 * want to learn (their profile's wanted skills; if they named none, what their mentor offers). A junior mentor rates
 * their own growth: the skills they want to grow in, then the growth areas below, which reverse mentoring is meant to
 * build in every junior mentor.
 */
@Component
class AssessmentItems {

    static final String SKILL = "skill:";
    static final String GROWTH = "growth:";
    /** Our own growth areas for junior mentors; named in the bundle as {@code pair.assessment.growth.<code>}. */
    static final List<String> GROWTH_AREAS = List.of("speaking-up", "explaining-to-executives",
            "understanding-strategy", "feedback-upward", "leading-a-conversation");

    private final ParticipantProfiles profiles;
    private final SkillCatalogue catalogue;
    private final MessageSource messages;

    AssessmentItems(ParticipantProfiles profiles, SkillCatalogue catalogue, MessageSource messages) {
        this.profiles = profiles;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    /** The item keys the person on {@code side} rates today, from the two profiles as they are now. */
    List<String> current(PairView pair, Side side) {
        Set<String> items = new LinkedHashSet<>(skills(pair.member(side).participantId(), ProfileSnapshot::wanted));
        if (side == Side.MENTEE) {
            if (items.isEmpty()) {
                items.addAll(skills(pair.mentor().participantId(), ProfileSnapshot::offered));
            }
        } else {
            GROWTH_AREAS.forEach(code -> items.add(GROWTH + code));
        }
        return List.copyOf(items);
    }

    /** Display names of these items in the current request's language. */
    Map<String, String> names(List<String> items) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Skill> skills = items.stream().anyMatch(item -> item.startsWith(SKILL))
                ? catalogue.all().stream().collect(Collectors.toMap(Skill::code, Function.identity()))
                : Map.of();
        return items.stream().distinct().collect(Collectors.toMap(Function.identity(),
                item -> name(item, skills, locale)));
    }

    List<Item> named(List<String> items) {
        Map<String, String> names = names(items);
        return items.stream().map(item -> new Item(item, names.get(item))).toList();
    }

    private String name(String item, Map<String, Skill> skills, Locale locale) {
        if (item.startsWith(GROWTH)) {
            return messages.getMessage("pair.assessment.growth." + item.substring(GROWTH.length()), null, item,
                    locale);
        }
        String code = item.substring(SKILL.length());
        Skill skill = skills.get(code);
        if (skill != null && skill.customName() != null) {
            return skill.customName();
        }
        return messages.getMessage("skill." + code, null, code, locale);
    }

    private List<String> skills(long participantId, Function<ProfileSnapshot, List<SkillRating>> which) {
        List<String> found = new ArrayList<>();
        profiles.snapshot(participantId).ifPresent(profile -> which.apply(profile).stream()
                .map(SkillRating::skillCode).forEach(code -> found.add(SKILL + code)));
        return found;
    }
}
