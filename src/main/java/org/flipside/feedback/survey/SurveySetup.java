package org.flipside.feedback.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.flipside.audit.AuditLog;
import org.flipside.feedback.survey.SurveyStore.SurveyRow;
import org.flipside.pairing.PairRoster;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's managers copy templates into the program and edit their copies. Everyone else — administrators and
 * sponsors included — is told the program's surveys do not exist. An edit of a survey whose questions were already
 * sent out adds a new version: instances opened later use it, answers given keep the version they answered.
 */
@Service
@Transactional
public class SurveySetup {

    static final String KIND = "Survey";

    private final Programs programs;
    private final SurveyStore store;
    private final SurveyOccasions occasions;
    private final PairRoster pairs;
    private final AuditLog audit;
    private final Clock clock;

    SurveySetup(Programs programs, SurveyStore store, SurveyOccasions occasions, PairRoster pairs, AuditLog audit,
                Clock clock) {
        this.programs = programs;
        this.store = store;
        this.occasions = occasions;
        this.pairs = pairs;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SurveyView> ofProgram(long programId) {
        requireManager(programId);
        return store.ofProgram(programId).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public SurveyView get(long programId, long surveyId) {
        return view(managed(programId, surveyId));
    }

    /** Copies a template into the program, switched on. */
    public SurveyView copy(long programId, String templateKey) {
        requireManager(programId);
        SurveyTemplate template = SurveyTemplates.byKey(templateKey == null ? "" : templateKey).orElseThrow(() ->
                new InvalidInputException(FieldProblem.of("template", "survey.field.template",
                        "Choose one of the templates.")));
        SurveyDraft draft = SurveyCheck.check(new SurveyDraft(template.title(), template.anonymous(),
                template.audience(), true, template.questions(), null));
        long id = store.insert(programId, template.key(), template.trigger(), draft, clock.instant());
        audit.success("SURVEY_CREATED", KIND, id, null);
        return view(store.find(id).orElseThrow());
    }

    /** Saves a manager's edit; see the class comment for versions. */
    public SurveyView edit(long programId, long surveyId, SurveyDraft edit) {
        SurveyRow current = managed(programId, surveyId);
        if (edit.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "survey.field.version",
                    "Send the version of the survey you read."));
        }
        SurveyDraft draft = SurveyCheck.check(edit);
        boolean used = store.instancesOfVersion(current.versionId()) > 0;
        if (store.instancesOf(surveyId) > 0 && draft.anonymous() != current.anonymous()) {
            throw new InvalidInputException(FieldProblem.of("anonymous", "survey.field.anonymous.fixed",
                    "People were already invited under this promise of anonymity; copy the template again for a "
                            + "survey with the other setting."));
        }
        if (!store.update(surveyId, draft.version(), draft)) {
            throw new StaleEditException(KIND, surveyId);
        }
        List<QuestionDraft> before = store.questions(current.versionId()).stream().map(SurveyQuestion::draft).toList();
        if (!before.equals(draft.questions())) {
            if (used) {
                store.addVersion(surveyId, current.versionNumber() + 1, draft.questions(), clock.instant());
            } else {
                store.replaceQuestions(current.versionId(), draft.questions());
            }
        }
        audit.success("SURVEY_EDITED", KIND, surveyId, null);
        return view(store.find(surveyId).orElseThrow());
    }

    /** Switches the survey's trigger on or off, keeping everything else. */
    public SurveyView switchTrigger(long programId, long surveyId, boolean on, Long version) {
        SurveyView current = get(programId, surveyId);
        return edit(programId, surveyId, new SurveyDraft(current.title(), current.anonymous(), current.audience(), on,
                current.questions().stream().map(SurveyQuestion::draft).toList(), version));
    }

    /**
     * Sends the survey now to the people of the program's active pairs in its audience, besides its own trigger; at
     * most once a day, so a double click sends nothing twice.
     */
    public SurveyView sendNow(long programId, long surveyId) {
        SurveyRow survey = managed(programId, surveyId);
        String occasion = "sent:" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            if (!occasions.openHere(survey, occasion, pairs.activeIn(programId))) {
                throw new RuleViolationException("survey.send.none",
                        "Nothing was sent: the survey went out today already, or no active pair has anyone in its "
                                + "audience.");
            }
        } catch (DuplicateKeyException raced) {
            throw new RuleViolationException("survey.send.none", "Nothing was sent: the survey went out today already.");
        }
        audit.success("SURVEY_SENT", KIND, surveyId, null);
        return view(store.find(surveyId).orElseThrow());
    }

    SurveyRow managed(long programId, long surveyId) {
        requireManager(programId);
        return store.find(surveyId).filter(row -> row.programId() == programId)
                .orElseThrow(() -> new NotFoundException(KIND, surveyId));
    }

    void requireManager(long programId) {
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException("Program", programId);
        }
    }

    private SurveyView view(SurveyRow row) {
        return new SurveyView(row.id(), row.programId(), row.templateKey(), row.title(), row.anonymous(),
                row.audience(), row.trigger(), row.enabled(), row.versionNumber(), store.questions(row.versionId()),
                store.instancesOf(row.id()), row.version());
    }
}
