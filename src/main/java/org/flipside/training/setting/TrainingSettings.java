package org.flipside.training.setting;

import java.time.Clock;
import java.time.Instant;
import org.flipside.audit.AuditLog;
import org.flipside.program.ProgramView;
import org.flipside.shared.RuleViolationException;
import org.flipside.training.TrainingRequirementChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A program manager reading and changing whether their program requires role training before pairs become active. */
@Service
@Transactional
public class TrainingSettings {

    private final TrainingPrograms managed;
    private final SettingStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TrainingSettings(TrainingPrograms managed, SettingStore store, AuditLog audit, ApplicationEventPublisher events,
                     Clock clock) {
        this.managed = managed;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TrainingSetting get(long programId) {
        managed.requireManaged(programId);
        return store.get(programId);
    }

    /**
     * Saves the requirement if the setting is still at {@code expectedVersion}. A closed program keeps its setting.
     * Saving the value it already has changes nothing and tells no one.
     *
     * @throws org.flipside.shared.StaleEditException when someone saved in between
     */
    public TrainingSetting change(long programId, boolean required, long expectedVersion) {
        ProgramView program = managed.requireManaged(programId);
        if (!program.state().editable()) {
            throw new RuleViolationException("training.setting.closed",
                    "A closed program's training setting cannot be changed.");
        }
        TrainingSetting current = store.get(programId);
        if (current.version() == expectedVersion && current.requiredBeforePairing() == required) {
            return current;
        }
        Instant at = clock.instant();
        TrainingSetting saved = store.save(programId, required, expectedVersion, at, currentUser());
        audit.success("TRAINING_REQUIREMENT_CHANGED", "Program", programId,
                "required before pairing " + required + ", version " + saved.version());
        events.publishEvent(new TrainingRequirementChanged(programId, required, at));
        return saved;
    }

    private static String currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
