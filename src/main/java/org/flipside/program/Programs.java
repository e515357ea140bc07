package org.flipside.program;

import java.util.List;
import org.flipside.shared.web.PageOf;

/**
 * Programs as other modules and the web layer use them. Changes need the PROGRAM_MANAGER role of the signed-in
 * user (or of the security context a background job set up); reads apply per-record visibility: employees never
 * see drafts, which answer {@link org.flipside.shared.NotFoundException}.
 */
public interface Programs {

    ProgramView create(ProgramDraft draft);

    ProgramView update(long id, ProgramDraft draft, long expectedVersion);

    ProgramView transition(long id, ProgramState target, long expectedVersion);

    /** A new DRAFT with the source's purpose, objectives, topics, cadence and capacity, and no dates. */
    ProgramView copy(long id);

    ProgramView get(long id);

    /**
     * The outline of a program the caller may see (the same rule as {@link #get}, same 404), in one query: for pages
     * that only check a program exists and name it.
     */
    ProgramOutline outline(long id);

    PageOf<ProgramSummary> list(ProgramQuery query);

    List<ProgramTemplate> templates();

    /**
     * Whether the signed-in person manages this program (holds PROGRAM_MANAGER and is one of its managers; the
     * creator always is). Participant data of a program is for its managers only.
     */
    boolean managedByCurrentUser(long programId);

    /** The usernames of the program's managers. */
    List<String> managers(long programId);
}
