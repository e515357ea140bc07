package org.flipside.training.progress;

import java.util.List;
import java.util.Set;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in employee's own training. Participations are found through {@link Enrollment}, which answers
 * {@link NotFoundException} for anyone else's; training opens once a participation is approved.
 */
@Service
@Transactional(readOnly = true)
public class MyTraining {

    static final String MODULE = "Training module";

    private final Enrollment enrollment;
    private final ProgressStore store;
    private final ModuleCatalogue catalogue;

    MyTraining(Enrollment enrollment, ProgressStore store, ModuleCatalogue catalogue) {
        this.enrollment = enrollment;
        this.store = store;
        this.catalogue = catalogue;
    }

    /** Training in every program where the employee is an approved participant. */
    public List<ProgramTraining> overview() {
        return enrollment.mine().stream().filter(p -> p.state() == ParticipantState.APPROVED)
                .map(this::training).toList();
    }

    public ProgramTraining of(long participantId) {
        return training(approvedParticipant(participantId));
    }

    public ModuleStatus module(long participantId, String code) {
        ParticipantView participant = approvedParticipant(participantId);
        TrainingModule module = moduleOf(participant, code);
        return status(participantId, module, store.passed(participantId).contains(code));
    }

    ParticipantView approvedParticipant(long participantId) {
        ParticipantView participant = enrollment.myParticipation(participantId).participant();
        if (participant.state() != ParticipantState.APPROVED) {
            throw new RuleViolationException("training.notApproved",
                    "Role training opens once your participation is approved.");
        }
        return participant;
    }

    TrainingModule moduleOf(ParticipantView participant, String code) {
        return catalogue.find(code).filter(m -> m.side() == participant.side())
                .orElseThrow(() -> new NotFoundException(MODULE, code));
    }

    ModuleCatalogue catalogue() {
        return catalogue;
    }

    private ProgramTraining training(ParticipantView participant) {
        Set<String> passed = store.passed(participant.id());
        return new ProgramTraining(participant, catalogue.forSide(participant.side()).stream()
                .map(m -> status(participant.id(), m, passed.contains(m.code()))).toList());
    }

    private ModuleStatus status(long participantId, TrainingModule module, boolean passed) {
        return new ModuleStatus(module, passed,
                passed ? store.passedAt(participantId, module.code()).orElse(null) : null,
                store.attempts(participantId, module.code()));
    }
}
