package org.flipside.matching.scoring;

import org.flipside.matching.settings.Criterion;

/**
 * How far a pair meets each criterion, 0 to 100, from the compiled {@link Person}s. Both the fast score and the
 * explanation call these methods, so the two can never disagree. Nothing here allocates.
 */
final class Fulfilment {

    /** Full marks for availability from this many quarter hours a week in common (4 hours). */
    static final int FULL_AVAILABILITY_QUARTERS = 16;
    /** No marks for time zones this many minutes apart or more (12 hours). */
    static final int NO_TIME_ZONE_MINUTES = 12 * 60;
    /** Full marks for crossing generations from this many years between birth years. */
    static final int FULL_GENERATION_YEARS = 25;
    /** Points lost per step between two answers on a 1–5 scale. */
    static final int SCALE_STEP = 25;

    static final int IGNORE = 0;
    static final int SIMILAR = 1;
    static final int COMPLEMENTARY = 2;

    private final int[] stylePreference;
    private final int styleDimensions;
    private final AnswerLink.Kind[] linkKinds;

    Fulfilment(int[] stylePreference, AnswerLink.Kind[] linkKinds) {
        this.stylePreference = stylePreference.clone();
        int counted = 0;
        for (int preference : stylePreference) {
            counted += preference == IGNORE ? 0 : 1;
        }
        this.styleDimensions = counted;
        this.linkKinds = linkKinds.clone();
    }

    /** Whether the criterion has anything to compare in this program at all. */
    boolean applies(Criterion criterion) {
        return switch (criterion) {
            case WORK_STYLE -> styleDimensions > 0;
            case ANSWERS -> linkKinds.length > 0;
            default -> true;
        };
    }

    int of(Criterion criterion, Person a, Person b) {
        return switch (criterion) {
            case SKILLS -> skills(a, b);
            case INTERESTS -> interests(a, b);
            case WORK_STYLE -> workStyle(a, b);
            case AVAILABILITY -> availability(a, b);
            case TIME_ZONE -> timeZone(a, b);
            case LANGUAGE -> language(a, b);
            case MEETING_MODE -> meetingMode(a, b);
            case ANSWERS -> answers(a, b);
            case CROSS_DEPARTMENT -> crossing(a.department, b.department);
            case CROSS_LOCATION -> crossing(a.location, b.location);
            case CROSS_GENERATION -> generation(a, b);
        };
    }

    /** Levels of the wanted skills the mentor covers (up to the level wanted), over all levels wanted. */
    static int skills(Person mentee, Person mentor) {
        if (mentee.wantTotal == 0) {
            return 0;
        }
        byte[] offered = mentor.offerLevel;
        int covered = 0;
        for (int k = 0; k < mentee.wantSkill.length; k++) {
            covered += Math.min(offered[mentee.wantSkill[k]], mentee.wantLevel[k]);
        }
        return percent(covered, mentee.wantTotal);
    }

    /** Shared interest words over the shorter of the two lists. */
    static int interests(Person a, Person b) {
        int fewer = Math.min(a.interests.length, b.interests.length);
        if (fewer == 0 || (a.interestBits & b.interestBits) == 0) {
            return 0;
        }
        return percent(shared(a.interests, b.interests), fewer);
    }

    /** Average over the compared dimensions; a dimension either person left unanswered earns nothing. */
    int workStyle(Person a, Person b) {
        if (styleDimensions == 0) {
            return 0;
        }
        int sum = 0;
        for (int d = 0; d < 5; d++) {
            int preference = stylePreference[d];
            int x = a.style[d];
            int y = b.style[d];
            if (preference == IGNORE || x == Person.UNKNOWN || y == Person.UNKNOWN) {
                continue;
            }
            int distance = Math.abs(x - y);
            sum += preference == SIMILAR ? 100 - distance : distance;
        }
        return percent(sum, styleDimensions * 100);
    }

    static int availability(Person a, Person b) {
        if (a.slots == null || b.slots == null) {
            return 0;
        }
        int common = WeeklySlots.common(a.slots, b.slots);
        return Math.min(100, percent(common, FULL_AVAILABILITY_QUARTERS));
    }

    static int timeZone(Person a, Person b) {
        if (a.offset == Person.UNKNOWN || b.offset == Person.UNKNOWN) {
            return 0;
        }
        return Math.max(0, 100 - percent(Math.abs(a.offset - b.offset), NO_TIME_ZONE_MINUTES));
    }

    static int language(Person a, Person b) {
        int words = Math.min(a.languages.length, b.languages.length);
        for (int k = 0; k < words; k++) {
            if ((a.languages[k] & b.languages[k]) != 0) {
                return 100;
            }
        }
        return 0;
    }

    /** Compatible modes; two people who both insist on meeting in person must also work in the same place. */
    static int meetingMode(Person a, Person b) {
        if (a.mode == Person.UNKNOWN || b.mode == Person.UNKNOWN) {
            return 0;
        }
        if (a.mode == Person.IN_PERSON && b.mode == Person.VIDEO || a.mode == Person.VIDEO && b.mode == Person.IN_PERSON) {
            return 0;
        }
        if (a.mode == Person.IN_PERSON && b.mode == Person.IN_PERSON && a.location != Person.UNKNOWN
                && b.location != Person.UNKNOWN && a.location != b.location) {
            return 0;
        }
        return 100;
    }

    /** Average over the linked questions; a question either person did not answer earns nothing. */
    int answers(Person mentee, Person mentor) {
        int links = linkKinds.length;
        if (links == 0) {
            return 0;
        }
        int sum = 0;
        for (int l = 0; l < links; l++) {
            sum += answer(l, mentee, mentor);
        }
        return percent(sum, links * 100);
    }

    int answer(int link, Person mentee, Person mentor) {
        if (linkKinds[link] == AnswerLink.Kind.SCALE) {
            int x = mentee.answerScale[link];
            int y = mentor.answerScale[link];
            return x == Person.UNKNOWN || y == Person.UNKNOWN ? 0 : Math.max(0, 100 - SCALE_STEP * Math.abs(x - y));
        }
        int[] x = mentee.answerIds[link];
        int[] y = mentor.answerIds[link];
        if (x == null || y == null) {
            return 0;
        }
        return percent(shared(x, y), Math.min(x.length, y.length));
    }

    static int crossing(int a, int b) {
        return a == Person.UNKNOWN || b == Person.UNKNOWN || a == b ? 0 : 100;
    }

    static int generation(Person a, Person b) {
        if (a.birthYear == Person.UNKNOWN || b.birthYear == Person.UNKNOWN) {
            return 0;
        }
        return Math.min(100, percent(Math.abs(a.birthYear - b.birthYear), FULL_GENERATION_YEARS));
    }

    /** How many values two sorted id arrays have in common. */
    static int shared(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** {@code 100 × part / whole} rounded half up, in integers so that every platform agrees. */
    static int percent(int part, int whole) {
        return (int) ((200L * part + whole) / (2L * whole));
    }
}
