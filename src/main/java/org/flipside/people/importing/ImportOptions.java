package org.flipside.people.importing;

/**
 * How to import.
 *
 * @param partial  write the valid rows even when others have problems (by default one problem stops everything)
 * @param fullSync the file is the whole organisation: active people missing from it are marked as leavers
 */
public record ImportOptions(boolean partial, boolean fullSync) {

    public static ImportOptions allOrNothing() {
        return new ImportOptions(false, false);
    }
}
