package org.flipside.program.profile.web;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.program.MeetingMode;
import org.flipside.program.profile.ProfileView;
import org.flipside.program.profile.Skill;
import org.flipside.program.profile.SkillCatalogue;
import org.flipside.program.profile.WorkStyle;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the profile pages offer: skills, levels, statements, days, zones, languages, meeting modes. */
@Component
class ProfileChoices {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    /** Language code → English name, sorted by name. */
    private static final Map<String, String> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .sorted(Comparator.comparing(code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH)))
            .collect(Collectors.toMap(code -> code, code -> new Locale(code).getDisplayLanguage(Locale.ENGLISH),
                    (a, b) -> a, java.util.LinkedHashMap::new));

    private final SkillCatalogue catalogue;
    private final SkillNames names;

    ProfileChoices(SkillCatalogue catalogue, SkillNames names) {
        this.catalogue = catalogue;
        this.names = names;
    }

    void addTo(Model model, ProfileView view) {
        Set<String> onProfile = java.util.stream.Stream.concat(view.offered().stream(), view.wanted().stream())
                .map(rating -> rating.skillCode()).collect(Collectors.toSet());
        List<Skill> choosable = catalogue.all().stream()
                .filter(skill -> !skill.retired() || onProfile.contains(skill.code())).toList();
        model.addAttribute("skills", choosable);
        model.addAttribute("skillNames", names.all());
        model.addAttribute("levels", List.of(1, 2, 3, 4, 5));
        model.addAttribute("statements", WorkStyle.STATEMENTS);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("zones", ZONES);
        model.addAttribute("languageNames", LANGUAGES);
        model.addAttribute("meetingModes", MeetingMode.values());
    }
}
