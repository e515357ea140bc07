package org.flipside.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Program outlines without per-record rules, for scheduled jobs (which act for nobody in particular) and for
 * assembling views of records whose access was already decided, such as a pair its people may see. Never a way to
 * list programs to a person: pages and the API use {@link Programs}.
 */
public interface ProgramOutlines {

    /** The outlines of these programs by id; unknown ids are left out. One query. */
    Map<Long, ProgramOutline> of(Collection<Long> programIds);

    /**
     * The usernames of each program's managers, for jobs that nudge them; programs without managers are left out.
     * One query.
     */
    Map<Long, List<String>> managers(Collection<Long> programIds);
}
