package org.flipside.people;

import java.util.List;

/**
 * Adds people to the directory. Kept apart from {@link Directory} because only seeding and import write.
 */
public interface DirectoryWriter {

    /**
     * Adds all of them or none: every row is checked first and all problems are reported together.
     * Publishes {@link DirectoryChanged} when done.
     *
     * @return how many were added
     */
    int addAll(List<NewEmployee> employees);
}
