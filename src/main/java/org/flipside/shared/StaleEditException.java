package org.flipside.shared;

/**
 * Someone else saved the same record after the caller loaded it. The caller's change is refused
 * rather than silently overwriting theirs.
 */
public class StaleEditException extends RecordException {

    public StaleEditException(String kind, Object id) {
        super(kind, id, kind + " " + id + " was changed by someone else after you opened it");
    }
}
