package org.flipside.feedback.safety;

import org.flipside.audit.AuditLog;
import org.flipside.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program's managers read and change how often the pulse runs and where a low score begins. */
@Service
@Transactional
public class SafetySettingsService {

    static final String KIND = "SafetySettings";

    private final ManagerGate gate;
    private final SafetySettingsStore store;
    private final AuditLog audit;

    SafetySettingsService(ManagerGate gate, SafetySettingsStore store, AuditLog audit) {
        this.gate = gate;
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SafetySettings get(long programId) {
        gate.requireManager(programId);
        return store.of(programId);
    }

    /** Stores the change at the version read; another manager's change in between answers 409. */
    public SafetySettings update(long programId, SettingsInput input) {
        gate.requireManager(programId);
        input.check();
        SafetySettings current = store.of(programId);
        if (current.version() != input.version()) {
            throw new StaleEditException(KIND, programId);
        }
        if (current.version() == 0) {
            try {
                store.insert(programId, input.periodWeeks(), input.threshold());
            } catch (DuplicateKeyException raced) {
                throw new StaleEditException(KIND, programId);
            }
        } else if (!store.update(programId, input.periodWeeks(), input.threshold(), input.version())) {
            throw new StaleEditException(KIND, programId);
        }
        audit.success("SAFETY_SETTINGS_CHANGED", KIND, programId,
                "periodWeeks=" + input.periodWeeks() + ", threshold=" + input.threshold().toPlainString());
        return store.of(programId);
    }
}
