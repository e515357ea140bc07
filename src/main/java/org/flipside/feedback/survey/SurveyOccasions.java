package org.flipside.feedback.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.flipside.feedback.survey.SurveyStore.SurveyRow;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens one instance of a survey for an occasion, with an invitation for each person of the pairs who is in the
 * survey's audience. Each instance gets a transaction of its own: the unique (survey, occasion) key lets exactly one
 * of two instances (or two deliveries of one event) open it, and the loser's rollback counts as "already open".
 */
@Component
class SurveyOccasions {

    private final SurveyInstanceStore instances;
    private final TransactionTemplate ownTransaction;
    private final Duration window;
    private final Clock clock;

    SurveyOccasions(SurveyInstanceStore instances, PlatformTransactionManager transactions,
                    @Value("${flipside.surveys.window:14d}") Duration window, Clock clock) {
        this.instances = instances;
        this.window = window;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Opens the instance unless this occasion has one; true if this call opened it. */
    boolean open(SurveyRow survey, String occasion, Long pairId, List<PairView> pairs) {
        List<PairMember> invited = invited(survey, pairs);
        if (invited.isEmpty() || instances.exists(survey.id(), occasion)) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> insert(survey, occasion, pairId, invited)));
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    /**
     * Opens the instance in the caller's transaction (a manager sending a survey now), unless this occasion has one
     * or nobody is in the audience; a simultaneous second opening fails on the unique key and rolls back its caller.
     */
    boolean openHere(SurveyRow survey, String occasion, List<PairView> pairs) {
        List<PairMember> invited = invited(survey, pairs);
        return !invited.isEmpty() && !instances.exists(survey.id(), occasion)
                && insert(survey, occasion, null, invited);
    }

    private boolean insert(SurveyRow survey, String occasion, Long pairId, List<PairMember> invited) {
        Instant now = clock.instant();
        long id = instances.insert(survey.id(), survey.versionId(), survey.programId(), pairId, occasion,
                LocalDate.ofInstant(now, ZoneOffset.UTC), now, now.plus(window));
        invited.forEach(member -> instances.invite(id, member));
        return true;
    }

    private static List<PairMember> invited(SurveyRow survey, List<PairView> pairs) {
        return pairs.stream().flatMap(pair -> Stream.of(pair.mentee(), pair.mentor()))
                .filter(member -> survey.audience().includes(member.side())).toList();
    }
}
