package org.flipside.program.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.Application;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The checks and conversions the managers' and the employees' enrolment operations share. */
@Component
class EnrollmentRules {

    private final Programs programs;
    private final Directory directory;
    private final ApplicationForms forms;
    private final MessageSource messages;
    private final Clock clock;

    EnrollmentRules(Programs programs, Directory directory, ApplicationForms forms, MessageSource messages, Clock clock) {
        this.programs = programs;
        this.directory = directory;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    /** The program, if the caller is one of its managers. */
    ProgramView managed(long programId) {
        ProgramView program = programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers see and change its participants.");
        }
        return program;
    }

    ProgramView enrolling(long programId) {
        ProgramView program = programs.get(programId);
        if (program.state() != ProgramState.ENROLLING) {
            throw new RuleViolationException("enrollment.notEnrolling", "This program does not take applications now.");
        }
        return program;
    }

    /** The application's answers, checked against the questions asked now; every problem reported at once. */
    Map<Long, List<String>> checked(long programId, Application application) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Long, List<String>> answers = AnswerRules.check(forms.activeQuestions(programId), application, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    String consentVersion() {
        return messages.getMessage("enrollment.consent.version", null, LocaleContextHolder.getLocale());
    }

    ParticipantView view(Participant p, ProgramView program) {
        return view(p, program, directory.byNumber(p.employeeNumber()).orElse(null));
    }

    static ParticipantView view(Participant p, ProgramView program, Employee employee) {
        return new ParticipantView(p.id(), p.programId(), program.name(), p.employeeNumber(),
                employee == null ? p.employeeNumber() : employee.fullName(),
                employee == null ? null : employee.department(), employee == null ? null : employee.grade(),
                p.side(), p.state(), p.stateReason(), p.invitedAt(), p.appliedAt(), p.decidedAt(), p.decidedBy(),
                p.consentAt(), p.consentVersion(), p.version());
    }

    static void checkVersion(Participant participant, long expectedVersion) {
        if (participant.version() != expectedVersion) {
            throw new StaleEditException(ParticipantStore.KIND, participant.id());
        }
    }

    static RuleViolationException refused(ParticipantState from, ParticipantState to) {
        return new RuleViolationException("participant.transition.refused",
                "A participant cannot move from " + from + " to " + to + ".", from, to);
    }

    static RuleViolationException closed() {
        return new RuleViolationException("enrollment.programClosed", "The program is closed.");
    }

    static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? "system" : authentication.getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
