package org.flipside.program.web;

import java.util.List;
import java.util.Map;
import org.flipside.program.Application;
import org.flipside.program.InvitationFilter;
import org.flipside.program.NewQuestion;
import org.flipside.program.QuestionType;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;

/** Request bodies of the enrolment API. */
final class EnrollmentBodies {

    private EnrollmentBodies() {
    }

    /** Invite the listed people, or, without a list, everyone the filter reaches. */
    record InvitationBody(Side side, String department, Integer gradeMin, Integer gradeMax, String location,
                          List<String> employeeNumbers) {
        InvitationFilter filter() {
            return new InvitationFilter(department, gradeMin, gradeMax, location);
        }
    }

    enum Decision { APPROVE, DECLINE }

    record DecisionBody(Decision decision, String reason, Long version) {
    }

    record ApplicationBody(Map<Long, List<String>> answers, Boolean consent, Long version) {
        Application application() {
            return new Application(answers, Boolean.TRUE.equals(consent));
        }
    }

    record EnrollmentBody(Side side, Map<Long, List<String>> answers, Boolean consent) {
        Application application() {
            return new Application(answers, Boolean.TRUE.equals(consent));
        }
    }

    record VersionBody(Long version) {
    }

    record QuestionBody(QuestionType type, String text, List<String> choices, Boolean required) {
        NewQuestion question() {
            return new NewQuestion(type, text, choices, Boolean.TRUE.equals(required));
        }
    }

    record SelfEnrollmentBody(Boolean open) {
    }

    static long version(Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "participant.version.required",
                    "Send the version of the participation you started from."));
        }
        return version;
    }
}
