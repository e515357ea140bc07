package org.flipside.demo.seed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.identity.Accounts;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;
import org.flipside.people.importing.ColumnMapping;
import org.flipside.people.importing.DirectoryImports;
import org.flipside.people.importing.ImportOptions;
import org.flipside.people.importing.ImportPreview;
import org.flipside.people.importing.LevelHistoryPreview;
import org.flipside.people.importing.LevelHistoryUploads;
import org.flipside.program.Enrollment;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramTemplate;
import org.flipside.program.ProgramView;
import org.flipside.program.ProgramRosters;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A program old enough for its outcomes report: it started fifteen months ago with approved mentors and mentees,
 * and closed when it ended six months later.
 * Since then some of the organisation left and some were promoted, which HR brings in the way it always does: a
 * directory import with leave dates and grade dates, and a backfill of older level changes. The comparison group is
 * chosen by the analytics module when the program starts running, as for any program.
 */
@Component
@Order(630)
class DemoOutcomes implements DemoStep {

    static final int MENTORS = 10;
    static final int MENTEES = 8;
    private static final long SEED = 630L;
    private static final String HEADER = "Employee ID,Name,Email,Department,Job title,Grade,Manager ID,Hire date,"
            + "Birth year,Location,Time zone,Languages,Status,Leave date,Grade since\n";

    private final Programs programs;
    private final Enrollment enrollment;
    private final DemoEnrolment enrolment;
    private final DirectoryImports imports;
    private final LevelHistoryUploads levels;
    private final ProgramRosters rosters;
    private final Accounts accounts;

    DemoOutcomes(Programs programs, Enrollment enrollment, DemoEnrolment enrolment, DirectoryImports imports,
                 LevelHistoryUploads levels, ProgramRosters rosters, Accounts accounts) {
        this.rosters = rosters;
        this.accounts = accounts;
        this.programs = programs;
        this.enrollment = enrollment;
        this.enrolment = enrolment;
        this.imports = imports;
        this.levels = levels;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        LocalDate today = seeding.today();
        LocalDate start = today.minusMonths(15);
        Random random = new Random(SEED);
        Authentication asManager = DemoEnrolment.manager(seeding);
        LocalDate hiredBy = start.minusMonths(1);
        Set<NewEmployee> busy = busy(seeding);
        List<NewEmployee> juniors = DemoEnrolment.pick(seeding, random, MENTORS,
                p -> p.grade() <= 3 && hiredBefore(p, hiredBy) && !busy.contains(p), java.util.Optional.empty());
        List<NewEmployee> seniors = DemoEnrolment.pick(seeding, random, MENTEES,
                p -> p.grade() >= 7 && hiredBefore(p, hiredBy) && !busy.contains(p), java.util.Optional.empty());
        startedProgram(asManager, start, juniors, seniors, random);
        changesSince(seeding, start, today, juniors, seniors, busy, random);
        backfill(seeding, start, random);
    }

    private void startedProgram(Authentication asManager, LocalDate start,
                                List<NewEmployee> juniors, List<NewEmployee> seniors, Random random) {
        ProgramTemplate template = programs.templates().stream().filter(t -> t.code().equals("digital-leaders"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No program template 'digital-leaders'"));
        ProgramDraft draft = template.toDraft();
        ProgramView program = DemoEnrolment.as(asManager, () -> programs.create(new ProgramDraft(
                "Early Careers Exchange " + start.getYear(), draft.purpose(), draft.objectives(), draft.focusTopics(),
                start, start.plusMonths(9), draft.cadence(), draft.mentorCapacity(), template.code())));
        long id = program.id();
        DemoEnrolment.as(asManager, () -> programs.transition(id, ProgramState.ENROLLING, program.version()));
        Question goal = DemoEnrolment.as(asManager, () -> enrollment.addQuestion(id, new NewQuestion(
                QuestionType.TEXT, "What would you like to get out of this exchange?", null, true)));
        for (Side side : List.of(Side.MENTOR, Side.MENTEE)) {
            List<String> numbers = DemoEnrolment.numbers(side == Side.MENTOR ? juniors : seniors);
            List<ParticipantView> invited = DemoEnrolment.as(asManager, () -> enrollment.invite(id, side, numbers));
            enrolment.enrol(invited, invited.size(), 0, 0, asManager, goal, random);
        }
        for (ProgramState next : List.of(ProgramState.MATCHING, ProgramState.RUNNING, ProgramState.CLOSED)) {
            DemoEnrolment.as(asManager, () -> programs.transition(id, next, programs.get(id).version()));
        }
    }

    /**
     * One import of what changed since the start: about one in twelve of the organisation left, about one in eight
     * was promoted, and two of the mentors among each. The participants' own changes are fixed so the report has
     * something to show; the rest is random from the seed.
     */
    private void changesSince(DemoSeeding seeding, LocalDate start, LocalDate today, List<NewEmployee> juniors,
                              List<NewEmployee> seniors, Set<NewEmployee> busy, Random random) {
        Set<String> leaving = new HashSet<>(DemoEnrolment.numbers(juniors.subList(0, 2)));
        Set<String> promoted = new HashSet<>(DemoEnrolment.numbers(juniors.subList(2, 5)));
        promoted.add(seniors.get(0).employeeNumber());
        Set<String> participants = new HashSet<>(DemoEnrolment.numbers(juniors));
        participants.addAll(DemoEnrolment.numbers(seniors));

        List<NewEmployee> everyone = seeding.people().stream()
                .filter(p -> p.status() == EmploymentStatus.ACTIVE && p.grade() != null && p.managerNumber() != null)
                .toList();
        Set<String> managers = seeding.people().stream().map(NewEmployee::managerNumber)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        for (NewEmployee p : everyone) {
            if (participants.contains(p.employeeNumber()) || busy.contains(p)) {
                continue;
            }
            double draw = random.nextDouble();
            if (draw < 0.08 && !managers.contains(p.employeeNumber())) {
                leaving.add(p.employeeNumber());
            } else if (draw < 0.20) {
                promoted.add(p.employeeNumber());
            }
        }
        StringBuilder csv = new StringBuilder(HEADER);
        LocalDate yearOne = start.plusMonths(12);
        for (NewEmployee p : seeding.people()) {
            // the participants' changes fall within the twelve months the report covers
            LocalDate until = participants.contains(p.employeeNumber()) ? yearOne : today;
            if (leaving.contains(p.employeeNumber())) {
                csv.append(row(p, p.grade(), dayBetween(p, start, until, random), null));
            } else if (promoted.contains(p.employeeNumber())) {
                csv.append(row(p, p.grade() + 1, null, dayBetween(p, start, until, random)));
            }
        }
        long upload = imports.upload("hr-export-changes.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                DemoOrganisation.ACTOR).id();
        List<String> headers = imports.headers(upload);
        ColumnMapping mapping = ColumnMapping.suggest(headers);
        ImportPreview preview = imports.map(upload, mapping, ImportOptions.allOrNothing());
        if (!preview.confirmable()) {
            throw new IllegalStateException("The demo's directory changes do not import: " + preview.problems());
        }
        imports.confirm(upload);
    }

    /** Older promotions of a few long-serving seniors, as HR backfills them from its archive. */
    private void backfill(DemoSeeding seeding, LocalDate start, Random random) {
        StringBuilder csv = new StringBuilder("Employee ID,Effective date,Grade\n");
        seeding.people().stream()
                .filter(p -> p.grade() != null && p.grade() >= 6 && p.hireDate() != null
                        && p.hireDate().isBefore(start.minusYears(4)))
                .limit(25)
                .forEach(p -> csv.append(p.employeeNumber()).append(',')
                        .append(p.hireDate().plusYears(2).plusDays(random.nextInt(200))).append(',')
                        .append(p.grade()).append('\n'));
        LevelHistoryPreview preview = levels.upload("level-history.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), DemoOrganisation.ACTOR);
        if (!preview.applicable()) {
            throw new IllegalStateException("The demo's level history does not apply: " + preview.problems());
        }
        levels.apply(preview.id());
    }

    /** People who sign in to the demo and those in its other programs: their story there must stay as it is. */
    private Set<NewEmployee> busy(DemoSeeding seeding) {
        Set<String> emails = new HashSet<>();
        seeding.credentials().forEach(c -> accounts.findByUsername(c.username())
                .ifPresent(a -> emails.add(a.email().toLowerCase(java.util.Locale.ROOT))));
        Set<String> numbers = new HashSet<>();
        java.util.stream.Stream.of(seeding.programToPair(), seeding.programToMatch()).flatMap(java.util.Optional::stream)
                .forEach(program -> rosters.of(program).forEach(r -> numbers.add(r.employeeNumber())));
        return seeding.people().stream().filter(p -> numbers.contains(p.employeeNumber())
                || emails.contains(p.email().toLowerCase(java.util.Locale.ROOT))).collect(Collectors.toSet());
    }

    /** A day after both the start and the hire date, and before {@code until}. */
    private static LocalDate dayBetween(NewEmployee p, LocalDate start, LocalDate until, Random random) {
        LocalDate from = p.hireDate() != null && p.hireDate().isAfter(start) ? p.hireDate() : start;
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, until);
        return from.plusDays(1 + random.nextInt((int) Math.max(1, days - 1)));
    }

    private static boolean hiredBefore(NewEmployee p, LocalDate day) {
        return p.hireDate() != null && p.hireDate().isBefore(day);
    }

    private static String row(NewEmployee p, int grade, LocalDate left, LocalDate gradeSince) {
        List<String> cells = new ArrayList<>(List.of(p.employeeNumber(), p.fullName(), p.email(),
                text(p.department()), text(p.jobTitle()), String.valueOf(grade), text(p.managerNumber()),
                p.hireDate() == null ? "" : p.hireDate().toString(),
                p.birthYear() == null ? "" : String.valueOf(p.birthYear()), text(p.location()), text(p.timeZone()),
                String.join("|", p.languages()), left == null ? "ACTIVE" : "LEAVER",
                left == null ? "" : left.toString(), gradeSince == null ? "" : gradeSince.toString()));
        return cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","))
                + "\n";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
