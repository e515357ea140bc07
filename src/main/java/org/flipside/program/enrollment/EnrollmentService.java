package org.flipside.program.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.Application;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.Enrollment;
import org.flipside.program.EnrollmentOffer;
import org.flipside.program.InvitationFilter;
import org.flipside.program.InvitationPreview;
import org.flipside.program.MyParticipation;
import org.flipside.program.NewQuestion;
import org.flipside.program.ParticipantApplied;
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
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations, applications and decisions. Manager operations check that the caller manages the program; the
 * employee's operations find the participation by the signed-in person's employee number, so nobody acts on
 * someone else's.
 */
@Service
@Transactional(readOnly = true)
class EnrollmentService implements Enrollment {

    static final int PREVIEW_SIZE = 20;
    static final int REASON_MAX = 1000;

    private final Programs programs;
    private final CurrentEmployee currentEmployee;
    private final Directory directory;
    private final DirectoryMatches matches;
    private final ParticipantStore participants;
    private final ApplicationForms forms;
    private final EnrollmentSettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    EnrollmentService(Programs programs, CurrentEmployee currentEmployee, Directory directory, DirectoryMatches matches,
                      ParticipantStore participants, ApplicationForms forms, EnrollmentSettings settings,
                      AuditLog audit, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.programs = programs;
        this.currentEmployee = currentEmployee;
        this.directory = directory;
        this.matches = matches;
        this.participants = participants;
        this.forms = forms;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    // program managers

    @Override
    public PageOf<ParticipantView> participants(long programId, ParticipantQuery query, int page, int size) {
        ProgramView program = managed(programId);
        int from = Math.max(page, 0);
        int rows = size < 1 ? PageRequests.DEFAULT_SIZE : Math.min(size, PageRequests.MAX_SIZE);
        long total = participants.countOf(programId, query);
        List<Participant> found = total <= (long) from * rows ? List.of()
                : participants.ofProgram(programId, query, from, rows);
        // One directory query for the whole page instead of one per participant.
        Map<String, Employee> people = directory.byNumbers(found.stream().map(Participant::employeeNumber).toList());
        List<ParticipantView> items = found.stream()
                .map(p -> view(p, program, people.get(p.employeeNumber()))).toList();
        return new PageOf<>(items, from, rows, total);
    }

    @Override
    public Map<ParticipantState, Long> counts(long programId) {
        managed(programId);
        return participants.counts(programId);
    }

    @Override
    public InvitationPreview preview(long programId, InvitationFilter filter) {
        managed(programId);
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
        List<Employee> people = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String number : new LinkedHashSet<>(employeeNumbers == null ? List.<String>of() : employeeNumbers)) {
            Optional<Employee> found = number == null ? Optional.empty() : directory.byNumber(number.strip());
            if (found.isEmpty()) {
                problems.add(FieldProblem.of("employeeNumbers", "invitation.unknownEmployee",
                        "There is nobody with employee number '" + number + "'.", String.valueOf(number)));
            } else if (found.get().active()) {
                people.add(found.get());
            }
        }
        if (employeeNumbers == null || employeeNumbers.isEmpty()) {
            problems.add(FieldProblem.of("employeeNumbers", "invitation.nobody", "Choose whom to invite."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inviteAll(program, side, people, "people=" + people.size());
    }

    private List<ParticipantView> inviteAll(ProgramView program, Side side, Collection<Employee> people, String how) {
        Set<String> enrolled = participants.enrolledIn(program.id());
        Instant at = now();
        List<ParticipantView> invited = new ArrayList<>();
        for (Employee employee : people) {
            if (enrolled.contains(employee.employeeNumber()) || !employee.active()) {
                continue;
            }
            Participant participant = Participant.invited(program.id(), employee.employeeNumber(), side, actor(), at);
            participants.insert(participant);
            audit.success("PARTICIPANT_INVITED", ParticipantStore.KIND, participant.id(),
                    "program=" + program.id() + " side=" + side + " employee=" + employee.employeeNumber());
            events.publishEvent(new ParticipantInvited(participant.id(), program.id(), program.name(), side,
                    employee.employeeNumber(), employee.fullName(), employee.email(), at));
            invited.add(view(participant, program, employee));
        }
        audit.success("PARTICIPANTS_INVITED", "Program", program.id(), how + " invited=" + invited.size());
        return invited;
    }

    @Override
    @Transactional
    public ParticipantView approve(long participantId, long expectedVersion) {
        Participant participant = managedParticipant(participantId, expectedVersion);
        ProgramView program = decidable(participant.programId());
        participant.decide(ParticipantState.APPROVED, null, actor(), now());
        participants.update(participant);
        audit.success("PARTICIPANT_APPROVED", ParticipantStore.KIND, participantId, "program=" + program.id());
        events.publishEvent(new ParticipantApproved(participantId, program.id(), participant.side(),
                participant.employeeNumber(), participant.updatedAt()));
        return view(participant, program);
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
        participant.decide(ParticipantState.DECLINED, clean, actor(), now());
        participants.update(participant);
        audit.success("PARTICIPANT_DECLINED", ParticipantStore.KIND, participantId, "program=" + program.id());
        events.publishEvent(new ParticipantLeft(participantId, program.id(), participant.employeeNumber(),
                ParticipantState.DECLINED, participant.updatedAt()));
        return view(participant, program);
    }

    @Override
    public List<Question> questions(long programId) {
        managed(programId);
        return forms.questions(programId);
    }

    @Override
    @Transactional
    public Question addQuestion(long programId, NewQuestion question) {
        editableForm(programId);
        List<FieldProblem> problems = AnswerRules.checkQuestion(question);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Question added = forms.add(programId, question);
        audit.success("QUESTION_ADDED", "Program", programId, "question=" + added.id() + " type=" + added.type());
        return added;
    }

    @Override
    @Transactional
    public boolean removeQuestion(long programId, long questionId) {
        editableForm(programId);
        ApplicationForms.Removal removal = forms.remove(programId, questionId, now().atOffset(ZoneOffset.UTC));
        switch (removal) {
            case NOT_FOUND -> throw new NotFoundException("Question", questionId);
            case RETIRED -> audit.success("QUESTION_RETIRED", "Program", programId, "question=" + questionId);
            case DELETED -> audit.success("QUESTION_REMOVED", "Program", programId, "question=" + questionId);
        }
        return removal == ApplicationForms.Removal.RETIRED;
    }

    @Override
    @Transactional
    public void moveQuestion(long programId, long questionId, boolean up) {
        editableForm(programId);
        // Retired questions are not on the form any more, so they keep their place and are not moved.
        List<Question> ordered = new ArrayList<>(forms.activeQuestions(programId));
        int index = -1;
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id() == questionId) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("Question", questionId);
        }
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.size()) {
            ordered.add(other, ordered.remove(index));
            forms.reorder(ordered);
            audit.success("QUESTION_MOVED", "Program", programId, "question=" + questionId + (up ? " up" : " down"));
        }
    }

    @Override
    public boolean selfEnrollment(long programId) {
        programs.get(programId);
        return settings.selfEnrollment(programId);
    }

    @Override
    @Transactional
    public void setSelfEnrollment(long programId, boolean open) {
        ProgramView program = managed(programId);
        if (!program.editable()) {
            throw closed();
        }
        settings.setSelfEnrollment(programId, open);
        audit.success("SELF_ENROLLMENT_CHANGED", "Program", programId, "open=" + open);
    }

    // the signed-in employee

    @Override
    public List<ParticipantView> mine() {
        return me().map(employee -> participants.ofEmployee(employee.employeeNumber()).stream()
                .map(p -> view(p, programs.get(p.programId()), employee)).toList()).orElse(List.of());
    }

    @Override
    public MyParticipation myParticipation(long participantId) {
        Participant participant = own(participantId);
        ProgramView program = programs.get(participant.programId());
        Map<Long, List<String>> answers = forms.answers(participantId);
        // The questions asked now, and retired ones only where this participant answered them.
        List<Question> questions = forms.questions(program.id()).stream()
                .filter(q -> !q.retired() || answers.containsKey(q.id())).toList();
        return new MyParticipation(view(participant, program), program.state(), questions, answers);
    }

    @Override
    @Transactional
    public ParticipantView apply(long participantId, Application application, long expectedVersion) {
        Participant participant = own(participantId);
        checkVersion(participant, expectedVersion);
        ProgramView program = enrolling(participant.programId());
        if (!participant.state().canMoveTo(ParticipantState.APPLIED)) {
            throw refused(participant.state(), ParticipantState.APPLIED);
        }
        Map<Long, List<String>> answers = checked(program.id(), application);
        participant.apply(consentVersion(), now());
        participants.update(participant);
        forms.saveAnswers(participantId, answers);
        audit.success("PARTICIPANT_APPLIED", ParticipantStore.KIND, participantId,
                "program=" + program.id() + " consent=" + participant.consentVersion());
        events.publishEvent(new ParticipantApplied(participantId, program.id(), participant.side(),
                participant.employeeNumber(), participant.updatedAt()));
        return view(participant, program);
    }

    @Override
    @Transactional
    public ParticipantView declineInvitation(long participantId, long expectedVersion) {
        Participant participant = own(participantId);
        checkVersion(participant, expectedVersion);
        if (participant.state() != ParticipantState.INVITED) {
            throw refused(participant.state(), ParticipantState.DECLINED);
        }
        return leave(participant, ParticipantState.DECLINED, "PARTICIPANT_DECLINED_INVITATION");
    }

    @Override
    @Transactional
    public ParticipantView withdraw(long participantId, long expectedVersion) {
        Participant participant = own(participantId);
        checkVersion(participant, expectedVersion);
        return leave(participant, ParticipantState.WITHDRAWN, "PARTICIPANT_WITHDREW");
    }

    private ParticipantView leave(Participant participant, ParticipantState target, String action) {
        ProgramView program = programs.get(participant.programId());
        if (!program.editable()) {
            throw closed();
        }
        participant.moveTo(target, null, now());
        participants.update(participant);
        audit.success(action, ParticipantStore.KIND, participant.id(), "program=" + program.id());
        events.publishEvent(new ParticipantLeft(participant.id(), program.id(), participant.employeeNumber(), target,
                participant.updatedAt()));
        return view(participant, program);
    }

    @Override
    @Transactional
    public ParticipantView enrollSelf(long programId, Side side, Application application) {
        Employee employee = me().orElseThrow(() -> new RuleViolationException("enrollment.notInDirectory",
                "Your account is not linked to anyone in the employee directory."));
        ProgramView program = enrolling(programId);
        if (!settings.selfEnrollment(programId)) {
            throw new RuleViolationException("enrollment.selfClosed", "This program does not take applications.");
        }
        if (side == null) {
            throw new InvalidInputException(FieldProblem.of("side", "enrollment.side.required", "Choose a side."));
        }
        if (participants.enrolledIn(programId).contains(employee.employeeNumber())) {
            throw new RuleViolationException("enrollment.already", "You are already enrolled in this program.");
        }
        Map<Long, List<String>> answers = checked(programId, application);
        Participant participant = Participant.applied(programId, employee.employeeNumber(), side, actor(), now(),
                consentVersion());
        participants.insert(participant);
        forms.saveAnswers(participant.id(), answers);
        audit.success("PARTICIPANT_ENROLLED", ParticipantStore.KIND, participant.id(),
                "program=" + programId + " side=" + side + " consent=" + participant.consentVersion());
        events.publishEvent(new ParticipantApplied(participant.id(), programId, side, employee.employeeNumber(),
                participant.updatedAt()));
        return view(participant, program, employee);
    }

    /** Outside a transaction: a program the caller may not read fails on its own, not the whole list. */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<EnrollmentOffer> offers() {
        List<EnrollmentOffer> offers = new ArrayList<>();
        for (Long id : settings.openPrograms()) {
            // Self-enrolment may be prepared on a draft, which employees must not see: skip what they cannot read.
            Optional<ProgramView> visible = visible(id);
            if (visible.isEmpty()) {
                continue;
            }
            ProgramView program = visible.get();
            if (program.state() == ProgramState.ENROLLING) {
                offers.add(new EnrollmentOffer(program.id(), program.name(), program.purpose()));
            }
        }
        return offers;
    }

    private Optional<ProgramView> visible(long programId) {
        try {
            return Optional.of(programs.get(programId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Question> formFor(long programId) {
        ProgramView program = programs.get(programId);
        if (program.state() != ProgramState.ENROLLING || !settings.selfEnrollment(programId)) {
            throw new NotFoundException("Program", programId);
        }
        return forms.activeQuestions(programId);
    }

    @Override
    public String consentVersion() {
        return messages.getMessage("enrollment.consent.version", null, LocaleContextHolder.getLocale());
    }

    // rules shared by the operations above

    private Map<Long, List<String>> checked(long programId, Application application) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, List<String>> answers = AnswerRules.check(forms.activeQuestions(programId), application, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    private ProgramView managed(long programId) {
        ProgramView program = programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers see and change its participants.");
        }
        return program;
    }

    private Participant managedParticipant(long participantId, long expectedVersion) {
        Participant participant = participants.find(participantId)
                .orElseThrow(() -> new NotFoundException(ParticipantStore.KIND, participantId));
        if (!programs.managedByCurrentUser(participant.programId())) {
            throw new NotFoundException(ParticipantStore.KIND, participantId);
        }
        checkVersion(participant, expectedVersion);
        return participant;
    }

    private ProgramView invitable(long programId, Side side) {
        ProgramView program = managed(programId);
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

    private ProgramView enrolling(long programId) {
        ProgramView program = programs.get(programId);
        if (program.state() != ProgramState.ENROLLING) {
            throw new RuleViolationException("enrollment.notEnrolling", "This program does not take applications now.");
        }
        return program;
    }

    private void editableForm(long programId) {
        ProgramView program = managed(programId);
        if (!program.editable()) {
            throw closed();
        }
    }

    private Participant own(long participantId) {
        Optional<Employee> employee = me();
        return participants.find(participantId)
                .filter(p -> employee.isPresent() && p.employeeNumber().equals(employee.get().employeeNumber()))
                .orElseThrow(() -> new NotFoundException(ParticipantStore.KIND, participantId));
    }

    private Optional<Employee> me() {
        return currentEmployee.get();
    }

    private static void checkVersion(Participant participant, long expectedVersion) {
        if (participant.version() != expectedVersion) {
            throw new StaleEditException(ParticipantStore.KIND, participant.id());
        }
    }

    private static RuleViolationException refused(ParticipantState from, ParticipantState to) {
        return new RuleViolationException("participant.transition.refused",
                "A participant cannot move from " + from + " to " + to + ".", from, to);
    }

    private static RuleViolationException closed() {
        return new RuleViolationException("enrollment.programClosed", "The program is closed.");
    }

    private ParticipantView view(Participant p, ProgramView program) {
        return view(p, program, directory.byNumber(p.employeeNumber()).orElse(null));
    }

    private static ParticipantView view(Participant p, ProgramView program, Employee employee) {
        return new ParticipantView(p.id(), p.programId(), program.name(), p.employeeNumber(),
                employee == null ? p.employeeNumber() : employee.fullName(),
                employee == null ? null : employee.department(), employee == null ? null : employee.grade(),
                p.side(), p.state(), p.stateReason(), p.invitedAt(), p.appliedAt(), p.decidedAt(), p.decidedBy(),
                p.consentAt(), p.consentVersion(), p.version());
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? "system" : authentication.getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
