package org.flipside.shared;

/**
 * Someone else saved the same record after the caller loaded it. The caller's change is refused
 * rather than silently overwriting theirs.
 */
public class StaleEditException extends RuntimeException {

    private final String kind;
    private final Object id;

    public StaleEditException(String kind, Object id) {
        super(kind + " " + id + " was changed by someone else after you opened it");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public Object id() {
        return id;
    }
}
