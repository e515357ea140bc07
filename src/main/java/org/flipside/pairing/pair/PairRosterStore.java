package org.flipside.pairing.pair;

import java.util.List;
import java.util.Optional;
import org.flipside.pairing.PairRoster;
import org.flipside.pairing.PairState;
import org.flipside.pairing.PairView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PairRoster} on the pair table and the same view assembly the pages use. */
@Component
@Transactional(readOnly = true)
class PairRosterStore implements PairRoster {

    private final PairStore store;
    private final PairViews views;

    PairRosterStore(PairStore store, PairViews views) {
        this.store = store;
        this.views = views;
    }

    @Override
    public Optional<PairView> find(long pairId) {
        return store.find(pairId).map(views::of);
    }

    @Override
    public List<PairView> activeIn(long programId) {
        return views.of(store.inState(programId, PairState.ACTIVE));
    }

    @Override
    public List<PairView> active() {
        return views.of(store.allInState(PairState.ACTIVE));
    }
}
