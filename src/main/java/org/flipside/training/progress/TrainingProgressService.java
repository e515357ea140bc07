package org.flipside.training.progress;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.flipside.training.TrainingProgress;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.setting.SettingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where participants stand, measured against the modules served now: a module added to the content later must be
 * passed too before someone counts as complete again.
 */
@Service
@Transactional(readOnly = true)
class TrainingProgressService implements TrainingProgress {

    private final ProgressStore store;
    private final SettingStore settings;
    private final ModuleCatalogue catalogue;

    TrainingProgressService(ProgressStore store, SettingStore settings, ModuleCatalogue catalogue) {
        this.store = store;
        this.settings = settings;
        this.catalogue = catalogue;
    }

    @Override
    public boolean requiredBeforePairing(long programId) {
        return settings.get(programId).requiredBeforePairing();
    }

    @Override
    public boolean complete(long participantId) {
        return store.trainee(participantId)
                .map(trainee -> store.passed(participantId).containsAll(catalogue.codes(trainee.side())))
                .orElse(false);
    }

    @Override
    public Map<Long, Boolean> complete(Collection<Long> participantIds) {
        Map<Long, Boolean> complete = new HashMap<>();
        if (participantIds.isEmpty()) {
            return complete;
        }
        Map<Long, Set<String>> passed = store.passed(participantIds);
        for (Trainee trainee : store.trainees(participantIds)) {
            complete.put(trainee.participantId(), passed.getOrDefault(trainee.participantId(), Set.of())
                    .containsAll(catalogue.codes(trainee.side())));
        }
        return complete;
    }
}
