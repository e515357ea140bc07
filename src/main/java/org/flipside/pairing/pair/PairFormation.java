package org.flipside.pairing.pair;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.flipside.matching.MatchConfirmed;
import org.flipside.pairing.PairFormed;
import org.flipside.pairing.PairOrigin;
import org.flipside.pairing.PairState;
import org.flipside.pairing.PairView;
import org.flipside.training.TrainingCompleted;
import org.flipside.training.TrainingProgress;
import org.flipside.training.TrainingRequirementChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms pairs and makes them active. A confirmed match becomes a pair (once, however often the event arrives); the
 * pair is active at once unless the program requires role training one of the two has not finished, and becomes
 * active when the last of them finishes or the program drops the requirement.
 */
@Component
class PairFormation {

    private static final Logger log = LoggerFactory.getLogger(PairFormation.class);

    private final PairStore store;
    private final PairViews views;
    private final TrainingProgress training;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairFormation(PairStore store, PairViews views, TrainingProgress training, ApplicationEventPublisher events,
                  Clock clock) {
        this.store = store;
        this.views = views;
        this.training = training;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MatchConfirmed confirmed) {
        if (store.existsForMatch(confirmed.matchId())) {
            return;
        }
        try {
            form(confirmed.programId(), confirmed.matchId(), confirmed.menteeParticipantId(),
                    confirmed.mentorParticipantId(), PairOrigin.MATCHED, "system");
        } catch (DuplicateKeyException formedMeanwhile) {
            log.debug("Match {} became a pair in a concurrent delivery of its event.", confirmed.matchId());
        }
    }

    /** Inserts the pair inside the caller's transaction and announces it. */
    @Transactional(propagation = Propagation.MANDATORY)
    PairView form(long programId, long matchId, long mentee, long mentor, PairOrigin origin, String by) {
        Instant now = clock.instant();
        PairState state = ready(programId, mentee, mentor) ? PairState.ACTIVE : PairState.FORMING;
        long id = store.insert(programId, matchId, mentee, mentor, origin, state, now, by);
        PairView pair = views.of(store.find(id).orElseThrow());
        events.publishEvent(new PairFormed(pair.id(), programId, pair.programName(), pair.mentee(), pair.mentor(),
                pair.active(), now));
        return pair;
    }

    @ApplicationModuleListener
    void on(TrainingCompleted completed) {
        activateReady(store.forming(completed.programId(), completed.participantId()));
    }

    @ApplicationModuleListener
    void on(TrainingRequirementChanged changed) {
        if (!changed.required()) {
            activateReady(store.forming(changed.programId(), null));
        }
    }

    private void activateReady(List<PairRow> forming) {
        Instant now = clock.instant();
        for (PairRow pair : forming) {
            if (ready(pair.programId(), pair.menteeParticipantId(), pair.mentorParticipantId())
                    && store.activate(pair.id(), now)) {
                log.info("Pair {} is active: role training done.", pair.id());
            }
        }
    }

    private boolean ready(long programId, long mentee, long mentor) {
        return !training.requiredBeforePairing(programId) || (training.complete(mentee) && training.complete(mentor));
    }
}
