package org.flipside.people.importing;

/** Where an import stands: uploaded, mapped and previewed, or written to the directory. */
public enum ImportStatus {
    UPLOADED,
    PREVIEWED,
    DONE
}
