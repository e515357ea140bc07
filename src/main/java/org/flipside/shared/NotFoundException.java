package org.flipside.shared;

/**
 * A record the caller asked for does not exist, or the caller may not know that it exists.
 * Both answer 404 so that an unauthorised caller cannot probe for identifiers.
 */
public class NotFoundException extends RecordException {

    public NotFoundException(String kind, Object id) {
        super(kind, id, kind + " " + id + " not found");
    }
}
