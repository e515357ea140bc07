package org.flipside.feedback.survey;

import java.util.List;
import org.flipside.pairing.PairClosed;
import org.flipside.pairing.PairRoster;
import org.flipside.pairing.SessionLogged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens the surveys a pair's events call for: after each session logged as held, and when the pair closes. Occasions
 * are keyed on the session or the pair, so an event delivered twice opens nothing twice.
 */
@Component
class SurveyTriggers {

    private final SurveyStore surveys;
    private final SurveyOccasions occasions;
    private final PairRoster pairs;

    SurveyTriggers(SurveyStore surveys, SurveyOccasions occasions, PairRoster pairs) {
        this.surveys = surveys;
        this.occasions = occasions;
        this.pairs = pairs;
    }

    @ApplicationModuleListener
    void on(SessionLogged logged) {
        pairs.find(logged.pairId()).ifPresent(pair ->
                surveys.enabled(SurveyTrigger.AFTER_SESSION, logged.programId()).forEach(survey ->
                        occasions.open(survey, "session:" + logged.sessionId(), pair.id(), List.of(pair))));
    }

    @ApplicationModuleListener
    void on(PairClosed closed) {
        pairs.find(closed.pairId()).ifPresent(pair ->
                surveys.enabled(SurveyTrigger.PAIR_CLOSED, closed.programId()).forEach(survey ->
                        occasions.open(survey, "closed:" + closed.pairId(), pair.id(), List.of(pair))));
    }
}
