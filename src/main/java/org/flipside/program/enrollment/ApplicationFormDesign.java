package org.flipside.program.enrollment;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flipside.audit.AuditLog;
import org.flipside.program.NewQuestion;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Question;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How a program's managers shape its application: the questions asked and whether people may apply unasked. */
@Component
@Transactional(readOnly = true)
class ApplicationFormDesign {

    private final Programs programs;
    private final ApplicationForms forms;
    private final EnrollmentSettings settings;
    private final EnrollmentRules rules;
    private final AuditLog audit;

    ApplicationFormDesign(Programs programs, ApplicationForms forms, EnrollmentSettings settings, EnrollmentRules rules,
                          AuditLog audit) {
        this.programs = programs;
        this.forms = forms;
        this.settings = settings;
        this.rules = rules;
        this.audit = audit;
    }

    public List<Question> questions(long programId) {
        rules.managed(programId);
        return forms.questions(programId);
    }

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

    /** Deletes a question nobody answered; one with answers is retired so that no answer is lost. */
    @Transactional
    public boolean removeQuestion(long programId, long questionId) {
        editableForm(programId);
        ApplicationForms.Removal removal = forms.remove(programId, questionId, rules.now().atOffset(ZoneOffset.UTC));
        switch (removal) {
            case NOT_FOUND -> throw new NotFoundException("Question", questionId);
            case RETIRED -> audit.success("QUESTION_RETIRED", "Program", programId, "question=" + questionId);
            case DELETED -> audit.success("QUESTION_REMOVED", "Program", programId, "question=" + questionId);
        }
        return removal == ApplicationForms.Removal.RETIRED;
    }

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

    public boolean selfEnrollment(long programId) {
        programs.get(programId);
        return settings.selfEnrollment(programId);
    }

    @Transactional
    public void setSelfEnrollment(long programId, boolean open) {
        editableForm(programId);
        settings.setSelfEnrollment(programId, open);
        audit.success("SELF_ENROLLMENT_CHANGED", "Program", programId, "open=" + open);
    }

    private void editableForm(long programId) {
        ProgramView program = rules.managed(programId);
        if (!program.editable()) {
            throw EnrollmentRules.closed();
        }
    }
}
