package org.flipside.demo.seed;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.flipside.people.NewEmployee;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.ParticipantView;
import org.flipside.program.Side;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.Statement;
import org.flipside.program.profile.WorkStyle;

/**
 * Invents believable profiles for demo participants: mentors mostly offer digital, social, AI and collaboration
 * skills and want leadership and customer topics; mentees the other way round.
 */
final class DemoProfileContent {

    /** What the young mentors bring: digital tools, social media, AI and data, modern collaboration. */
    private static final List<String> DIGITAL = List.of("spreadsheet-formulas", "presentation-design",
            "mobile-productivity", "cloud-files", "password-hygiene", "video-editing", "no-code-automation",
            "online-research", "calendar-management");
    private static final List<String> SOCIAL = List.of("professional-networking", "short-video", "employer-branding",
            "community-management", "content-planning", "social-listening", "personal-brand", "online-etiquette");
    private static final List<String> AI_DATA = List.of("generative-ai-basics", "prompt-writing", "ai-risks",
            "data-visualisation", "dashboard-reading", "data-privacy", "statistics-basics", "spotting-misinformation",
            "automation-opportunities");
    private static final List<String> COLLABORATION = List.of("chat-workspaces", "video-meetings", "shared-documents",
            "virtual-whiteboards", "async-work", "task-boards", "hybrid-meetings", "remote-onboarding");
    /** What the senior mentees bring. */
    private static final List<String> LEADERSHIP = List.of("giving-feedback", "receiving-feedback",
            "coaching-conversations", "delegation", "change-communication", "decision-making", "storytelling",
            "purpose-driven-work", "flexible-work-leadership");
    private static final List<String> CUSTOMER = List.of("digital-customer-journey", "user-research",
            "online-reviews", "e-commerce-trends", "customer-communities", "service-design", "voice-of-customer");
    private static final List<String> INCLUSION = List.of("generational-perspectives", "inclusive-language",
            "accessibility-basics", "cross-cultural-work", "early-career-expectations", "wellbeing-conversations");

    private static final List<String> MENTOR_INTERESTS = List.of(
            "I run a small video channel about hiking and like explaining tools to people who are new to them.",
            "Curious how decisions get made higher up, and happy to share how my friends and I use AI day to day.",
            "Board games, football on Sundays, and automating every boring spreadsheet I meet.",
            "I want to understand the business behind our products; I can help with anything on a phone.",
            "Photography and community volunteering; interested in how to grow into a team lead one day.",
            "I follow tech news closely and enjoy turning messy data into a clear picture.");
    private static final List<String> MENTEE_INTERESTS = List.of(
            "I want to understand how our younger customers find us online and what they expect from a brand.",
            "Twenty years in operations; I would like to use AI tools with confidence instead of avoiding them.",
            "Keen to learn how the team uses chat and shared documents, so I stop being the one who prints things.",
            "Happy to talk about careers, negotiation and leading through change; want to learn social media basics.",
            "Gardening, jazz and long-distance cycling. Looking to build a professional presence online.",
            "I lead a large team and want a better feel for how early-career colleagues like to work and learn.");
    private static final Map<String, String> LANGUAGE_CODES = languageCodes();

    private DemoProfileContent() {
    }

    /**
     * A profile for one participant. {@code unfinished} below 1 means complete; 1 leaves out the work style and
     * availability, 2 leaves out everything but the skills, 3 and more the wanted skills too.
     */
    static ProfileContent of(NewEmployee person, Side side, int unfinished, List<ParticipantView> otherSide,
                             Random random) {
        List<SkillRating> offered;
        List<SkillRating> wanted;
        if (side == Side.MENTOR) {
            offered = ratings(random, 3 + random.nextInt(3), 3, List.of(DIGITAL, SOCIAL, AI_DATA, COLLABORATION),
                    List.of(INCLUSION));
            wanted = ratings(random, 2 + random.nextInt(2), 1, List.of(LEADERSHIP, CUSTOMER), List.of(INCLUSION));
        } else {
            offered = ratings(random, 3 + random.nextInt(2), 3, List.of(LEADERSHIP, CUSTOMER),
                    List.of(INCLUSION));
            wanted = ratings(random, 3 + random.nextInt(3), 1, List.of(DIGITAL, SOCIAL, AI_DATA, COLLABORATION),
                    List.of());
        }
        List<String> interestsPool = side == Side.MENTOR ? MENTOR_INTERESTS : MENTEE_INTERESTS;
        String interests = interestsPool.get(random.nextInt(interestsPool.size()));
        Map<Integer, Integer> answers = answers(random);
        List<AvailabilitySlot> slots = slots(random);
        MeetingMode mode = meetingMode(random);
        List<String> languages = person.languages().stream().map(LANGUAGE_CODES::get)
                .filter(Objects::nonNull).distinct().toList();
        List<String> doNotMatch = random.nextInt(12) == 0 && !otherSide.isEmpty()
                ? List.of(otherSide.get(random.nextInt(otherSide.size())).employeeNumber())
                : List.of();

        if (unfinished <= 0) {
            return new ProfileContent(offered, wanted, interests, answers, person.timeZone(), slots, mode,
                    languages, doNotMatch);
        } else if (unfinished == 1) {
            return new ProfileContent(offered, wanted, interests, Map.of(), null, List.of(), mode, languages,
                    List.of());
        } else if (unfinished == 2) {
            return new ProfileContent(offered, wanted, null, Map.of(), null, List.of(), null, List.of(), List.of());
        }
        return new ProfileContent(offered, List.of(), null, Map.of(), null, List.of(), null, List.of(), List.of());
    }

    /** Mostly from the main categories, now and then one from the extra ones; distinct, levels from {@code lowest}. */
    private static List<SkillRating> ratings(Random random, int count, int lowest, List<List<String>> main,
                                             List<List<String>> extra) {
        Set<String> codes = new LinkedHashSet<>();
        while (codes.size() < count) {
            List<List<String>> from = !extra.isEmpty() && random.nextInt(6) == 0 ? extra : main;
            List<String> category = from.get(random.nextInt(from.size()));
            codes.add(category.get(random.nextInt(category.size())));
        }
        return codes.stream().map(code -> new SkillRating(code, lowest + random.nextInt(6 - lowest))).toList();
    }

    /** All twenty statements, answered around a leaning per dimension so the scores spread over the scale. */
    private static Map<Integer, Integer> answers(Random random) {
        Map<WorkStyleDimension, Integer> leaning = new EnumMap<>(WorkStyleDimension.class);
        for (WorkStyleDimension dimension : WorkStyleDimension.values()) {
            leaning.put(dimension, 1 + random.nextInt(5));
        }
        Map<Integer, Integer> answers = new HashMap<>();
        for (Statement statement : WorkStyle.STATEMENTS) {
            int agree = Math.max(1, Math.min(5, leaning.get(statement.dimension()) + random.nextInt(3) - 1));
            answers.put(statement.number(), statement.reverse() ? 6 - agree : agree);
        }
        return answers;
    }

    /** Two to four weekly windows on different weekdays, during office hours in the participant's own zone. */
    private static List<AvailabilitySlot> slots(Random random) {
        List<DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));
        Collections.shuffle(days, random);
        int count = 2 + random.nextInt(3);
        List<AvailabilitySlot> slots = new ArrayList<>();
        for (DayOfWeek day : days.subList(0, count).stream().sorted().toList()) {
            LocalTime start = LocalTime.of(8 + random.nextInt(8), 15 * random.nextInt(4));
            int minutes = List.of(45, 60, 60, 90, 120).get(random.nextInt(5));
            slots.add(new AvailabilitySlot(day, start, start.plusMinutes(minutes)));
        }
        return slots;
    }

    private static MeetingMode meetingMode(Random random) {
        int roll = random.nextInt(10);
        return roll < 4 ? MeetingMode.EITHER : roll < 8 ? MeetingMode.VIDEO : MeetingMode.IN_PERSON;
    }

    /** ISO 639 codes by English language name ("German" → "de"), for the directory's language names. */
    private static Map<String, String> languageCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            codes.putIfAbsent(new Locale(code).getDisplayLanguage(Locale.ENGLISH), code);
        }
        return Map.copyOf(codes);
    }
}
