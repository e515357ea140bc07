package org.flipside.pairing.workspace;

import java.util.List;
import org.flipside.pairing.pair.PairAccess.Access;

/**
 * A source of workspace notices. Each part of the workspace (agreement, sessions, …) that has something to say on
 * every page implements it as a bean; the workspace shows what they all return.
 */
public interface WorkspaceNotices {

    List<WorkspaceNotice> of(Access access);
}
