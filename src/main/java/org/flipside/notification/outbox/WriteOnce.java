package org.flipside.notification.outbox;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts a row guarded by a unique key, treating "already there" as done. The insert runs inside a savepoint
 * (a nested transaction): on PostgreSQL a failed statement spoils the whole transaction, so a duplicate key must
 * roll back only to the savepoint and leave the caller's transaction usable. Two concurrent writers of one key wait
 * for each other on the unique index, and the second one finds the key taken; neither fails.
 */
@Component
public class WriteOnce {

    private final TransactionTemplate savepoint;

    WriteOnce(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs {@code insert}; returns false, having changed nothing, when it broke a unique key. */
    public boolean insert(Runnable insert) {
        try {
            savepoint.executeWithoutResult(status -> insert.run());
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
