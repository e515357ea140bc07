package org.flipside.shared;

/** A failure about one identified record: which kind of record, and which one. */
public abstract class RecordException extends RuntimeException {

    private final String kind;
    private final Object id;

    protected RecordException(String kind, Object id, String message) {
        super(message);
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
