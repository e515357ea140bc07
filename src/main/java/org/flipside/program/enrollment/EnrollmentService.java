package org.flipside.program.enrollment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.Application;
import org.flipside.program.Enrollment;
import org.flipside.program.EnrollmentOffer;
import org.flipside.program.InvitationFilter;
import org.flipside.program.InvitationPreview;
import org.flipside.program.MyParticipation;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantApproved;
import org.flipside.program.ParticipantInvited;
import org.flipside.program.ParticipantLeft;
import org.flipside.program.ParticipantQuery;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment as a whole. The program managers' work (who is invited, who is accepted) is here; the shape of the
 * application form is {@link ApplicationFormDesign}'s and the employee's own actions are {@link OwnParticipation}'s.
 * Every manager operation checks that the caller manages the program.
 */
@Service
class EnrollmentService implements Enrollment {

    static final int PREVIEW_SIZE = 20;
    static final int REASON_MAX = 1000;

    private final Programs programs;
    private final Directory directory;
    private final DirectoryMatches matches;
    private final ParticipantStore participants;
    private final EnrollmentRules rules;
    private final ApplicationFormDesign formDesign;
    private final OwnParticipation own;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EnrollmentService(Programs programs, Directory directory, DirectoryMatches matches, ParticipantStore participants,
                      EnrollmentRules rules, ApplicationFormDesign formDesign, OwnParticipation own, AuditLog audit,
                      ApplicationEventPublisher events) {
        this.programs = programs;
        this.directory = directory;
        this.matches = matches;
        this.participants = participants;
        this.rules = rules;
        this.formDesign = formDesign;
        this.own = own;
        this.audit = audit;
        this.events = events;
    }

    // program managers

    @Override
    @Transactional(readOnly = true)
    public PageOf<ParticipantView> participants(long programId, ParticipantQuery query, int page, int size) {
        ProgramView program = rules.managed(programId);
        int from = Math.max(page, 0);
        int rows = size < 1 ? PageRequests.DEFAULT_SIZE : Math.min(size, PageRequests.MAX_SIZE);
        long total = participants.countOf(programId, query);
        List<Participant> found = total <= (long) from * rows ? List.of()
                : participants.ofProgram(programId, query, from, rows);
        // One directory query for the whole page instead of one per participant.
        Map<String, Employee> people = directory.byNumbers(found.stream().map(Participant::employeeNumber).toList());
        List<ParticipantView> items = found.stream()
                .map(p -> EnrollmentRules.view(p, program, people.get(p.employeeNumber()))).toList();
        return new PageOf<>(items, from, rows, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ParticipantState, Long> counts(long programId) {
        rules.managed(programId);
        return participants.counts(programId);
    }

    @Override
    @Transactional(readOnly = true)
    public InvitationPreview preview(long programId, InvitationFilter filter) {
        rules.managed(programId);
        Set<String> enrolled = participants.enrolledIn(programId);
        List<Employee> reached = matches.of(filter);
        List<Employee> fresh = reached.stream().filter(e -> !enrolled.contains(e.employeeNumber())).toList();
        return new InvitationPreview(fresh.size(), reached.size() - fresh.size(),
                fresh.subList(0, Math.min(PREVIEW_SIZE, fresh.size())));
    }

    @Override
    @Transactional
    public List<ParticipantView> inviteByFilter(long programId, Side side, InvitationFilter filter) {
        ProgramView program = invitable(programId, side);
        return inviteAll(program, side, matches.of(filter), "filter=" + filter);
    }

    @Override
    @Transactional
    public List<ParticipantView> invite(long programId, Side side, List<String> employeeNumbers) {
        ProgramView program = invitable(programId, side);
        List<FieldProblem> problems = new ArrayList<>();
        if (employeeNumbers == null || employeeNumbers.isEmpty()) {
            problems.add(FieldProblem.of("employeeNumbers", "invitation.nobody", "Choose whom to invite."));
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String number : employeeNumbers == null ? List.<String>of() : employeeNumbers) {
            wanted.add(number == null ? null : number.strip());
        }
        Map<String, Employee> found = directory.byNumbers(wanted.stream().filter(Objects::nonNull).toList());
        List<Employee> people = new ArrayList<>();
        for (String number : wanted) {
            Employee employee = number == null ? null : found.get(number);
            if (employee == null) {
                problems.add(FieldProblem.of("employeeNumbers", "invitation.unknownEmployee",
                        "There is nobody with employee number '" + number + "'.", String.valueOf(number)));
            } else if (employee.active()) {
                people.add(employee);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inviteAll(program, side, people, "people=" + people.size());
    }

    @Override
    @Transactional
    public ParticipantView approve(long participantId, long expectedVersion) {
        Participant participant = managedParticipant(participantId, expectedVersion);
        ProgramView program = decidable(participant.programId());
        participant.decide(ParticipantState.APPROVED, null, EnrollmentRules.actor(), rules.now());
        participants.update(participant);
        audit.success("PARTICIPANT_APPROVED", ParticipantStore.KIND, participantId, "program=" + program.id());
        events.publishEvent(new ParticipantApproved(participantId, program.id(), participant.side(),
                participant.employeeNumber(), participant.updatedAt()));
        return rules.view(participant, program);
    }

    @Override
    @Transactional
    public ParticipantView decline(long participantId, String reason, long expectedVersion) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("reason", "participant.reason.required",
                    "Say why the application is declined."));
        }
        if (clean.length() > REASON_MAX) {
            throw new InvalidInputException(FieldProblem.of("reason", "participant.reason.tooLong",
                    "Keep the reason under " + REASON_MAX + " characters.", REASON_MAX));
        }
        Participant participant = managedParticipant(participantId, expectedVersion);
        ProgramView program = decidable(participant.programId());
        participant.decide(ParticipantState.DECLINED, clean, EnrollmentRules.actor(), rules.now());
        participants.update(participant);
        audit.success("PARTICIPANT_DECLINED", ParticipantStore.KIND, participantId, "program=" + program.id());
        events.publishEvent(new ParticipantLeft(participantId, program.id(), participant.employeeNumber(),
                ParticipantState.DECLINED, participant.updatedAt()));
        return rules.view(participant, program);
    }

    // the application form, designed by the program's managers

    @Override
    public List<Question> questions(long programId) {
        return formDesign.questions(programId);
    }

    @Override
    public Question addQuestion(long programId, NewQuestion question) {
        return formDesign.addQuestion(programId, question);
    }

    @Override
    public boolean removeQuestion(long programId, long questionId) {
        return formDesign.removeQuestion(programId, questionId);
    }

    @Override
    public void moveQuestion(long programId, long questionId, boolean up) {
        formDesign.moveQuestion(programId, questionId, up);
    }

    @Override
    public boolean selfEnrollment(long programId) {
        return formDesign.selfEnrollment(programId);
    }

    @Override
    public void setSelfEnrollment(long programId, boolean open) {
        formDesign.setSelfEnrollment(programId, open);
    }

    // the signed-in employee

    @Override
    public List<ParticipantView> mine() {
        return own.mine();
    }

    @Override
    public MyParticipation myParticipation(long participantId) {
        return own.myParticipation(participantId);
    }

    @Override
    public ParticipantView apply(long participantId, Application application, long expectedVersion) {
        return own.apply(participantId, application, expectedVersion);
    }

    @Override
    public ParticipantView declineInvitation(long participantId, long expectedVersion) {
        return own.declineInvitation(participantId, expectedVersion);
    }

    @Override
    public ParticipantView withdraw(long participantId, long expectedVersion) {
        return own.withdraw(participantId, expectedVersion);
    }

    @Override
    public ParticipantView enrollSelf(long programId, Side side, Application application) {
        return own.enrollSelf(programId, side, application);
    }

    @Override
    public List<EnrollmentOffer> offers() {
        return own.offers();
    }

    @Override
    public List<Question> formFor(long programId) {
        return own.formFor(programId);
    }

    @Override
    public String consentVersion() {
        return rules.consentVersion();
    }

    private List<ParticipantView> inviteAll(ProgramView program, Side side, Collection<Employee> people, String how) {
        Set<String> enrolled = participants.enrolledIn(program.id());
        Instant at = rules.now();
        List<ParticipantView> invited = new ArrayList<>();
        for (Employee employee : people) {
            if (enrolled.contains(employee.employeeNumber()) || !employee.active()) {
                continue;
            }
            Participant participant = Participant.invited(program.id(), employee.employeeNumber(), side,
                    EnrollmentRules.actor(), at);
            participants.insert(participant);
            audit.success("PARTICIPANT_INVITED", ParticipantStore.KIND, participant.id(),
                    "program=" + program.id() + " side=" + side + " employee=" + employee.employeeNumber());
            events.publishEvent(new ParticipantInvited(participant.id(), program.id(), program.name(), side,
                    employee.employeeNumber(), employee.fullName(), employee.email(), at));
            invited.add(EnrollmentRules.view(participant, program, employee));
        }
        audit.success("PARTICIPANTS_INVITED", "Program", program.id(), how + " invited=" + invited.size());
        return invited;
    }

    private Participant managedParticipant(long participantId, long expectedVersion) {
        Participant participant = participants.find(participantId)
                .orElseThrow(() -> new NotFoundException(ParticipantStore.KIND, participantId));
        if (!programs.managedByCurrentUser(participant.programId())) {
            throw new NotFoundException(ParticipantStore.KIND, participantId);
        }
        EnrollmentRules.checkVersion(participant, expectedVersion);
        return participant;
    }

    private ProgramView invitable(long programId, Side side) {
        ProgramView program = rules.managed(programId);
        if (side == null) {
            throw new InvalidInputException(FieldProblem.of("side", "enrollment.side.required", "Choose a side."));
        }
        if (program.state() != ProgramState.ENROLLING) {
            throw new RuleViolationException("invitation.notEnrolling",
                    "Invitations go out only while the program is enrolling.");
        }
        return program;
    }

    private ProgramView decidable(long programId) {
        ProgramView program = programs.get(programId);
        if (program.state() != ProgramState.ENROLLING && program.state() != ProgramState.MATCHING) {
            throw new RuleViolationException("participant.decision.notNow",
                    "Applications are decided while the program is enrolling or matching.");
        }
        return program;
    }
}
