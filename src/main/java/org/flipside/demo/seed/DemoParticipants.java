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
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flipside.identity.Accounts;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.program.ActingEmployee;
import org.flipside.program.Application;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.Enrollment;
import org.flipside.program.MeetingMode;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;
import org.flipside.program.profile.ProfileContent;
import org.flipside.program.profile.ProfileService;
import org.flipside.program.profile.Statement;
import org.flipside.program.profile.WorkStyle;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Enrols junior mentors (grade 3 and below) and senior mentees (grade 8 and above) in the program that
 * {@link DemoPrograms} left for matching, fills in the approved participants' profiles and then moves the program to
 * MATCHING, so matching has something to work on at first start. Everything goes through the enrolment and profile
 * services: the demo manager invites and decides, each participant applies, declines and edits their own profile
 * (as an {@link ActingEmployee}). A few stay invited, applied or declined, and a few profiles are left unfinished.
 * The demo {@code employee} account is always one of the approved mentors.
 */
@Component
@Order(400)
class DemoParticipants implements DemoStep {

    static final int MENTORS_APPROVED = 40;
    static final int MENTORS_APPLIED = 2;
    static final int MENTORS_INVITED = 2;
    static final int MENTORS_DECLINED = 2;
    static final int MENTEES_APPROVED = 25;
    static final int MENTEES_APPLIED = 2;
    static final int MENTEES_INVITED = 1;
    static final int MENTEES_DECLINED = 2;
    /** Approved participants, the last of each side's approved list, whose profiles stay unfinished. */
    static final int MENTORS_INCOMPLETE = 2;
    static final int MENTEES_INCOMPLETE = 1;

    private static final long SEED = 400L;

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
    private static final List<String> GOALS = List.of(
            "Learn from a colleague in a completely different part of the company.",
            "Get better at explaining what I know, and pick up something new in return.",
            "Understand how the other generation works and make our team more open.",
            "Build a network beyond my own department.");
    private static final List<String> DECLINE_REASONS = List.of(
            "The program is full on this side for now; we will invite you to the next round.");

    private static final Map<String, String> LANGUAGE_CODES = languageCodes();

    private final Enrollment enrollment;
    private final ProfileService profiles;
    private final Programs programs;
    private final Accounts accounts;

    DemoParticipants(Enrollment enrollment, ProfileService profiles, Programs programs, Accounts accounts) {
        this.enrollment = enrollment;
        this.profiles = profiles;
        this.programs = programs;
        this.accounts = accounts;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        Optional<Long> program = seeding.programToMatch();
        if (program.isEmpty()) {
            return;
        }
        long programId = program.get();
        Random random = new Random(SEED);
        String manager = seeding.credentials().stream().filter(c -> c.role() == Role.PROGRAM_MANAGER)
                .map(DemoCredential::username).findFirst().orElse(DemoOrganisation.ACTOR);
        Authentication asManager = UsernamePasswordAuthenticationToken.authenticated(manager, null,
                List.of(new SimpleGrantedAuthority(Role.PROGRAM_MANAGER.authority())));

        Optional<String> employeeAccountEmail = accounts.findByUsername("employee").map(AccountView::email);
        List<NewEmployee> mentors = pick(seeding, random, MENTORS_APPROVED + MENTORS_APPLIED + MENTORS_INVITED
                + MENTORS_DECLINED, person -> person.grade() <= 3, employeeAccountEmail);
        List<NewEmployee> mentees = pick(seeding, random, MENTEES_APPROVED + MENTEES_APPLIED + MENTEES_INVITED
                + MENTEES_DECLINED, person -> person.grade() >= 8, Optional.empty());

        Question goal = as(asManager, () -> enrollment.addQuestion(programId, new NewQuestion(QuestionType.TEXT,
                "What would you like to get out of this exchange?", null, true)));
        List<ParticipantView> invitedMentors = as(asManager, () -> enrollment.invite(programId, Side.MENTOR, numbers(mentors)));
        List<ParticipantView> invitedMentees = as(asManager, () -> enrollment.invite(programId, Side.MENTEE, numbers(mentees)));

        List<ParticipantView> approvedMentors = enrol(invitedMentors, MENTORS_APPROVED, MENTORS_APPLIED,
                MENTORS_INVITED, asManager, goal, random);
        List<ParticipantView> approvedMentees = enrol(invitedMentees, MENTEES_APPROVED, MENTEES_APPLIED,
                MENTEES_INVITED, asManager, goal, random);

        Map<String, NewEmployee> byNumber = new HashMap<>();
        Stream.concat(mentors.stream(), mentees.stream()).forEach(p -> byNumber.put(p.employeeNumber(), p));
        for (int i = 0; i < approvedMentors.size(); i++) {
            ParticipantView mentor = approvedMentors.get(i);
            int unfinished = Math.max(0, i - (approvedMentors.size() - MENTORS_INCOMPLETE) + 1);
            fillProfile(mentor, byNumber.get(mentor.employeeNumber()), Side.MENTOR, unfinished, approvedMentees,
                    random);
        }
        for (int i = 0; i < approvedMentees.size(); i++) {
            ParticipantView mentee = approvedMentees.get(i);
            int unfinished = i < approvedMentees.size() - MENTEES_INCOMPLETE ? 0 : 3;
            fillProfile(mentee, byNumber.get(mentee.employeeNumber()), Side.MENTEE, unfinished, approvedMentors,
                    random);
        }

        as(asManager, () -> programs.transition(programId, ProgramState.MATCHING, programs.get(programId).version()));
    }

    /** Active people who fit, shuffled with the fixed seed; the demo employee's person, when they fit, comes first. */
    private static List<NewEmployee> pick(DemoSeeding seeding, Random random, int count,
                                          Predicate<NewEmployee> fits, Optional<String> firstEmail) {
        List<NewEmployee> candidates = new ArrayList<>(seeding.people().stream()
                .filter(p -> p.status() == EmploymentStatus.ACTIVE && p.grade() != null && fits.test(p)).toList());
        Collections.shuffle(candidates, random);
        firstEmail.flatMap(email -> candidates.stream().filter(p -> email.equalsIgnoreCase(p.email())).findFirst())
                .ifPresent(first -> {
                    candidates.remove(first);
                    candidates.add(0, first);
                });
        return List.copyOf(candidates.subList(0, Math.min(count, candidates.size())));
    }

    /**
     * The first {@code approved} invitees apply and are approved, the next {@code applied} apply and wait, the next
     * {@code invited} have not answered yet; of the rest, the first turns the invitation down and the others apply
     * and are declined by the manager.
     */
    private List<ParticipantView> enrol(List<ParticipantView> invited, int approved, int applied, int waiting,
                                        Authentication asManager, Question goal, Random random) {
        List<ParticipantView> result = new ArrayList<>();
        for (int i = 0; i < invited.size(); i++) {
            ParticipantView participant = invited.get(i);
            Authentication asParticipant = new ActingEmployee(participant.employeeNumber());
            if (i >= approved + applied && i < approved + applied + waiting) {
                continue;
            }
            if (i == approved + applied + waiting) {
                as(asParticipant, () -> enrollment.declineInvitation(participant.id(), participant.version()));
                continue;
            }
            Application application = new Application(
                    Map.of(goal.id(), List.of(GOALS.get(random.nextInt(GOALS.size())))), true);
            ParticipantView applicant = as(asParticipant,
                    () -> enrollment.apply(participant.id(), application, participant.version()));
            if (i < approved) {
                result.add(as(asManager, () -> enrollment.approve(applicant.id(), applicant.version())));
            } else if (i >= approved + applied) {
                as(asManager, () -> enrollment.decline(applicant.id(), DECLINE_REASONS.get(0), applicant.version()));
            }
        }
        return result;
    }

    /**
     * Saves the participant's profile as the participant. {@code unfinished} below 1 means complete; 1 leaves out
     * the work style and availability, 2 leaves out everything but the skills, 3 and more the wanted skills too.
     */
    private void fillProfile(ParticipantView participant, NewEmployee person, Side side, int unfinished,
                             List<ParticipantView> otherSide, Random random) {
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

        ProfileContent content;
        if (unfinished <= 0) {
            content = new ProfileContent(offered, wanted, interests, answers, person.timeZone(), slots, mode,
                    languages, doNotMatch);
        } else if (unfinished == 1) {
            content = new ProfileContent(offered, wanted, interests, Map.of(), null, List.of(), mode, languages,
                    List.of());
        } else if (unfinished == 2) {
            content = new ProfileContent(offered, wanted, null, Map.of(), null, List.of(), null, List.of(), List.of());
        } else {
            content = new ProfileContent(offered, List.of(), null, Map.of(), null, List.of(), null, List.of(),
                    List.of());
        }
        as(new ActingEmployee(participant.employeeNumber()),
                () -> profiles.save(participant.id(), content, profiles.view(participant.id()).version()));
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

    private static List<String> numbers(List<NewEmployee> people) {
        return people.stream().map(NewEmployee::employeeNumber).toList();
    }

    /** ISO 639 codes by English language name ("German" → "de"), for the directory's language names. */
    private static Map<String, String> languageCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            codes.putIfAbsent(new Locale(code).getDisplayLanguage(Locale.ENGLISH), code);
        }
        return Map.copyOf(codes);
    }

    private static <T> T as(Authentication authentication, Supplier<T> action) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
