package org.flipside.audit;

/**
 * Writes audit entries. Who and from where are taken from the current request and signed-in user unless given.
 */
public interface AuditLog {

    void record(String action, Outcome outcome, String targetType, Object targetId, String details);

    /** For events that happen before anyone is signed in (a failed sign-in names the account that was tried). */
    void recordAs(String actor, String remoteAddress, String action, Outcome outcome, String targetType, Object targetId,
                  String details);

    default void success(String action, String targetType, Object targetId, String details) {
        record(action, Outcome.SUCCESS, targetType, targetId, details);
    }
}
