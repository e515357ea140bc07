package org.flipside.demo.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.people.ChainPosition;
import org.flipside.people.NewEmployee;
import org.flipside.people.ReportingLines;
import org.flipside.program.Enrollment;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The running program's pairs: a few juniors and seniors enrol, the manager pairs them by hand (the demo employee is
 * one of the mentors, so "My pairs" has something to open) and starts the program.
 */
@Component
@Order(500)
class DemoPairs implements DemoStep {

    static final int PAIRS = 6;
    private static final long SEED = 500L;

    private final Enrollment enrollment;
    private final DemoEnrolment enrolment;
    private final Programs programs;
    private final Pairs pairs;
    private final Accounts accounts;
    private final ReportingLines reportingLines;
    private final DemoPairJourney journey;

    DemoPairs(Enrollment enrollment, DemoEnrolment enrolment, Programs programs, Pairs pairs, Accounts accounts,
              ReportingLines reportingLines, DemoPairJourney journey) {
        this.reportingLines = reportingLines;
        this.journey = journey;
        this.enrollment = enrollment;
        this.enrolment = enrolment;
        this.programs = programs;
        this.pairs = pairs;
        this.accounts = accounts;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        Optional<Long> program = seeding.programToPair();
        if (program.isEmpty()) {
            return;
        }
        long programId = program.get();
        Random random = new Random(SEED);
        Authentication asManager = DemoEnrolment.manager(seeding);
        Optional<String> employeeEmail = accounts.findByUsername("employee").map(AccountView::email);
        List<NewEmployee> juniors = DemoEnrolment.pick(seeding, random, PAIRS + 2, p -> p.grade() <= 3,
                employeeEmail);
        List<NewEmployee> seniors = DemoEnrolment.pick(seeding, random, PAIRS, p -> p.grade() >= 8,
                Optional.empty());

        Question goal = DemoEnrolment.as(asManager, () -> enrollment.addQuestion(programId, new NewQuestion(
                QuestionType.TEXT, "What would you like to get out of this exchange?", null, true)));
        List<ParticipantView> mentors = enrolled(programId, Side.MENTOR, juniors, asManager, goal, random);
        List<ParticipantView> mentees = enrolled(programId, Side.MENTEE, seniors, asManager, goal, random);
        Map<String, NewEmployee> byNumber = new HashMap<>();
        Stream.concat(juniors.stream(), seniors.stream()).forEach(p -> byNumber.put(p.employeeNumber(), p));
        // Nobody on a do-not-match list here: the pairs below are made by hand and must stand.
        mentors.forEach(p -> enrolment.fillProfile(p, byNumber.get(p.employeeNumber()), Side.MENTOR, 0, List.of(),
                random));
        mentees.forEach(p -> enrolment.fillProfile(p, byNumber.get(p.employeeNumber()), Side.MENTEE, 0, List.of(),
                random));
        DemoEnrolment.as(asManager, () -> programs.transition(programId, ProgramState.MATCHING,
                programs.get(programId).version()));
        List<PairView> formed = DemoEnrolment.as(asManager, () -> pairUp(programId, mentees, mentors));
        DemoEnrolment.as(asManager, () -> programs.transition(programId, ProgramState.RUNNING,
                programs.get(programId).version()));
        // The demo employee's pair (they are the first mentor picked) is well under way.
        employeeEmail.flatMap(email -> formed.stream()
                        .filter(pair -> email.equalsIgnoreCase(String.valueOf(pair.mentor().email()))).findFirst())
                .ifPresent(pair -> journey.underWay(pair, seeding.today()));
    }

    private List<ParticipantView> enrolled(long programId, Side side, List<NewEmployee> people,
                                           Authentication asManager, Question goal, Random random) {
        List<ParticipantView> invited = DemoEnrolment.as(asManager,
                () -> enrollment.invite(programId, side, DemoEnrolment.numbers(people)));
        return enrolment.enrol(invited, invited.size(), 0, 0, asManager, goal, random);
    }

    /**
     * Each mentee with the first free mentor outside their reporting line. The demo profiles of this program name
     * nobody to avoid and the grades are far apart, so the reporting line is the one hard rule to steer around; a
     * refusal would roll back the whole seeding, which is what it should do if the rules and the demo disagree.
     */
    private List<PairView> pairUp(long programId, List<ParticipantView> mentees, List<ParticipantView> mentors) {
        List<PairView> formed = new ArrayList<>();
        List<ParticipantView> free = new ArrayList<>(mentors);
        for (ParticipantView mentee : mentees) {
            Optional<ChainPosition> senior = reportingLines.position(mentee.employeeNumber());
            free.stream().filter(mentor -> !inChain(senior, reportingLines.position(mentor.employeeNumber())))
                    .findFirst().ifPresent(mentor -> {
                        formed.add(pairs.create(programId, mentee.id(), mentor.id()));
                        free.remove(mentor);
                    });
        }
        return formed;
    }

    private static boolean inChain(Optional<ChainPosition> a, Optional<ChainPosition> b) {
        return a.isPresent() && b.isPresent() && a.get().inChainWith(b.get(), 0);
    }
}
