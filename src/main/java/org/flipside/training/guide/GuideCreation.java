package org.flipside.training.guide;

import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a program's guide for a topic in a transaction of its own. When two readers create the same guide at once,
 * the unique (program, topic) key refuses the second insert; its separate transaction keeps that refusal from
 * spoiling the caller's work (PostgreSQL aborts a transaction after a failed statement).
 */
@Component
class GuideCreation {

    private final GuideStore store;
    private final TransactionTemplate separately;

    GuideCreation(GuideStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether this call created the guide; false when another reader's guide for the topic came first. */
    boolean create(long programId, String topic, String topicKey, LibraryGuide from, Instant at, String by) {
        try {
            separately.executeWithoutResult(status -> store.insert(programId, topic, topicKey, from, at, by));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }
}
