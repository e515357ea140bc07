package org.flipside.matching.scoring;

import static org.flipside.matching.scoring.Reasons.listed;
import static org.flipside.matching.scoring.Reasons.name;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.StylePreference;
import org.flipside.program.WorkStyleDimension;

/** Reasons for the criteria that come from the two profiles: interests, work style, time, language, meeting mode. */
final class ProfileReasons {

    private final MatchingSettings settings;

    ProfileReasons(MatchingSettings settings) {
        this.settings = settings;
    }

    Reason interests(Person mentee, Person mentor) {
        Map<String, String> a = Words.of(mentee.candidate.profile().interests());
        Map<String, String> b = Words.of(mentor.candidate.profile().interests());
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() ? Reason.of("matching.reason.interests.missingBoth")
                    : Reason.of("matching.reason.interests.missing", name(a.isEmpty() ? mentee : mentor));
        }
        List<Object> shared = new ArrayList<>();
        a.forEach((word, written) -> {
            if (b.containsKey(word)) {
                shared.add(written);
            }
        });
        return shared.isEmpty() ? Reason.of("matching.reason.interests.none")
                : Reason.of("matching.reason.interests.shared", shared.size(), listed(shared));
    }

    Reason workStyle(int f, Person mentee, Person mentor) {
        List<Object> parts = new ArrayList<>();
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            StylePreference preference = settings.style(dimension);
            if (preference == StylePreference.IGNORE) {
                continue;
            }
            Term named = Term.of("matching.style.dimension." + dimension.name());
            int x = mentee.style(dimension.ordinal());
            int y = mentor.style(dimension.ordinal());
            if (x == Person.UNKNOWN && y == Person.UNKNOWN) {
                parts.add(Term.of("matching.style.missingBoth", named));
            } else if (x == Person.UNKNOWN || y == Person.UNKNOWN) {
                parts.add(Term.of("matching.style.missing", named, name(x == Person.UNKNOWN ? mentee : mentor)));
            } else {
                parts.add(Term.of("matching.style." + preference.name(), named, x, y));
            }
        }
        return parts.isEmpty() ? Reason.of("matching.reason.workStyle.ignored")
                : Reason.of("matching.reason.workStyle", f, parts);
    }

    Reason availability(Person mentee, Person mentor) {
        for (Person person : new Person[] {mentee, mentor}) {
            if (person.weekAt < 0) {
                return Reason.of("matching.reason.availability.noZone", name(person));
            }
            if (person.slotCount == 0) {
                return Reason.of("matching.reason.availability.missing", name(person));
            }
        }
        int common = WeeklySlots.common(mentee.week, mentee.weekAt, mentor.week, mentor.weekAt);
        return common == 0 ? Reason.of("matching.reason.availability.none")
                : Reason.of("matching.reason.availability.common", duration(common * 15));
    }

    Reason timeZone(Person mentee, Person mentor) {
        for (Person person : new Person[] {mentee, mentor}) {
            if (person.offset == Person.UNKNOWN) {
                return Reason.of("matching.reason.timeZone.unknown", name(person));
            }
        }
        int apart = Math.abs(mentee.offset - mentor.offset);
        return apart == 0 ? Reason.of("matching.reason.timeZone.same", utc(mentee.offset))
                : Reason.of("matching.reason.timeZone.apart", duration(apart), utc(mentee.offset), utc(mentor.offset));
    }

    Reason language(Person mentee, Person mentor) {
        List<String> a = CohortCompiler.spoken(mentee.candidate);
        List<String> b = CohortCompiler.spoken(mentor.candidate);
        if (a.isEmpty() || b.isEmpty()) {
            return Reason.of("matching.reason.language.unknown", name(a.isEmpty() ? mentee : mentor));
        }
        List<Object> common = new ArrayList<>();
        for (String code : a) {
            if (b.contains(code)) {
                common.add(new Term("language." + code, List.of(), Languages.name(code)));
            }
        }
        return common.isEmpty() ? Reason.of("matching.reason.language.none")
                : Reason.of("matching.reason.language.common", listed(common));
    }

    Reason meetingMode(int f, Person mentee, Person mentor) {
        for (Person person : new Person[] {mentee, mentor}) {
            if (person.mode == Person.UNKNOWN) {
                return Reason.of("matching.reason.meetingMode.unknown", name(person));
            }
        }
        Term a = Term.of("matching.mode." + mentee.candidate.profile().meetingMode().name());
        Term b = Term.of("matching.mode." + mentor.candidate.profile().meetingMode().name());
        if (f == 100) {
            return Reason.of("matching.reason.meetingMode.fit", name(mentee), a, name(mentor), b);
        }
        if (mentee.mode == Person.IN_PERSON && mentor.mode == Person.IN_PERSON) {
            return Reason.of("matching.reason.meetingMode.apart", mentee.candidate.employee().location(),
                    mentor.candidate.employee().location());
        }
        return Reason.of("matching.reason.meetingMode.clash", name(mentee), a, name(mentor), b);
    }

    /** A duration in whole hours and the remaining minutes. */
    static Term duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (rest == 0) {
            return Term.of("matching.duration.hours", hours);
        }
        return hours == 0 ? Term.of("matching.duration.minutes", rest)
                : Term.of("matching.duration.hoursMinutes", hours, rest);
    }

    private static String utc(int offsetMinutes) {
        return offsetMinutes == 0 ? "UTC" : "UTC" + ZoneOffset.ofTotalSeconds(offsetMinutes * 60).getId();
    }
}
