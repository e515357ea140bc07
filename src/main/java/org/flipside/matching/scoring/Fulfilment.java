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

    /** {@code percent(part, whole)} for whole up to {@link #SMALL}, so that common cases need no division. */
    private static final int SMALL = 64;
    private static final int[] SMALL_PERCENT = new int[(SMALL + 1) * (SMALL + 1)];
    private static final int[] AVAILABILITY = new int[WeeklySlots.QUARTERS + 1];
    private static final int MAX_OFFSET_DISTANCE = 27 * 60;
    private static final int[] TIME_ZONE = new int[MAX_OFFSET_DISTANCE + 1];
    private static final int[] GENERATION = new int[FULL_GENERATION_YEARS + 1];

    static {
        for (int whole = 1; whole <= SMALL; whole++) {
            for (int part = 0; part <= whole; part++) {
                SMALL_PERCENT[whole * (SMALL + 1) + part] = percent(part, whole);
            }
        }
        for (int q = 0; q < AVAILABILITY.length; q++) {
            AVAILABILITY[q] = Math.min(100, percent(q, FULL_AVAILABILITY_QUARTERS));
        }
        for (int d = 0; d < TIME_ZONE.length; d++) {
            TIME_ZONE[d] = Math.max(0, 100 - percent(d, NO_TIME_ZONE_MINUTES));
        }
        for (int years = 0; years < GENERATION.length; years++) {
            GENERATION[years] = Math.min(100, percent(years, FULL_GENERATION_YEARS));
        }
    }

    private final int[] stylePreference;
    private final int styleDimensions;
    private final AnswerLink.Kind[] linkKinds;
    /** The average over the compared dimensions (or links) of a sum of 0–100 parts, by that sum. */
    private final int[] styleAverage;
    private final int[] answerAverage;

    Fulfilment(int[] stylePreference, AnswerLink.Kind[] linkKinds) {
        this.stylePreference = stylePreference.clone();
        int counted = 0;
        for (int preference : stylePreference) {
            counted += preference == IGNORE ? 0 : 1;
        }
        this.styleDimensions = counted;
        this.linkKinds = linkKinds.clone();
        this.styleAverage = averages(counted);
        this.answerAverage = averages(linkKinds.length);
    }

    private static int[] averages(int parts) {
        int[] table = new int[parts * 100 + 1];
        for (int sum = 0; parts > 0 && sum < table.length; sum++) {
            table[sum] = percent(sum, parts * 100);
        }
        return table;
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
        return mentee.skillPercent[covered];
    }

    /** Shared interest words over the shorter of the two lists. */
    static int interests(Person a, Person b) {
        int fewer = Math.min(a.interestSize, b.interestSize);
        if (fewer == 0) {
            return 0;
        }
        int shared = WordSet.shared(a.interestLow, a.interestHigh, b.interestLow, b.interestHigh);
        if (a.interestRare.length > 0 && b.interestRare.length > 0) {
            shared += WordSet.shared(a.interestRare, b.interestRare);
        }
        return smallPercent(shared, fewer);
    }

    /** Average over the compared dimensions; a dimension either person left unanswered earns nothing. */
    int workStyle(Person a, Person b) {
        if (styleDimensions == 0) {
            return 0;
        }
        int sum = 0;
        for (int d = 0; d < 5; d++) {
            int preference = stylePreference[d];
            int x = a.style(d);
            int y = b.style(d);
            if (preference == IGNORE || x == Person.UNKNOWN || y == Person.UNKNOWN) {
                continue;
            }
            int distance = Math.abs(x - y);
            sum += preference == SIMILAR ? 100 - distance : distance;
        }
        return styleAverage[sum];
    }

    static int availability(Person a, Person b) {
        if (a.weekAt < 0 || b.weekAt < 0) {
            return 0;
        }
        return AVAILABILITY[WeeklySlots.common(a.week, a.weekAt, b.week, b.weekAt)];
    }

    static int timeZone(Person a, Person b) {
        if (a.offset == Person.UNKNOWN || b.offset == Person.UNKNOWN) {
            return 0;
        }
        return TIME_ZONE[Math.min(MAX_OFFSET_DISTANCE, Math.abs(a.offset - b.offset))];
    }

    static int language(Person a, Person b) {
        if ((a.languageMask & b.languageMask) != 0) {
            return 100;
        }
        int words = Math.min(a.moreLanguages.length, b.moreLanguages.length);
        for (int k = 0; k < words; k++) {
            if ((a.moreLanguages[k] & b.moreLanguages[k]) != 0) {
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
        return answerAverage[sum];
    }

    int answer(int link, Person mentee, Person mentor) {
        if (linkKinds[link] == AnswerLink.Kind.SCALE) {
            int x = mentee.answerScale[link];
            int y = mentor.answerScale[link];
            return x == Person.UNKNOWN || y == Person.UNKNOWN ? 0 : Math.max(0, 100 - SCALE_STEP * Math.abs(x - y));
        }
        long[] x = mentee.answerWords;
        long[] y = mentor.answerWords;
        int at = 3 * link;
        int sizeX = (int) x[at + 2];
        int sizeY = (int) y[at + 2];
        if (sizeX < 0 || sizeY < 0) {
            return 0;
        }
        int shared = WordSet.shared(x[at], x[at + 1], y[at], y[at + 1]);
        if ((x[at + 2] >>> 32) > 0 && (y[at + 2] >>> 32) > 0) {
            shared += WordSet.shared(mentee.answerRare[link], mentor.answerRare[link]);
        }
        return smallPercent(shared, Math.min(sizeX, sizeY));
    }

    static int crossing(int a, int b) {
        return a == Person.UNKNOWN || b == Person.UNKNOWN || a == b ? 0 : 100;
    }

    static int generation(Person a, Person b) {
        if (a.birthYear == Person.UNKNOWN || b.birthYear == Person.UNKNOWN) {
            return 0;
        }
        int years = Math.abs(a.birthYear - b.birthYear);
        return years >= FULL_GENERATION_YEARS ? 100 : GENERATION[years];
    }

    private static int smallPercent(int part, int whole) {
        return whole <= SMALL ? SMALL_PERCENT[whole * (SMALL + 1) + part] : percent(part, whole);
    }

    /** {@code 100 × part / whole} rounded half up, in integers so that every platform agrees. */
    static int percent(int part, int whole) {
        return (int) ((200L * part + whole) / (2L * whole));
    }
}
