package org.flipside.pairing.workspace;

import java.util.List;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every page of a pair's workspace shows above its own part: the two people, the pair's state, the tabs and the
 * notices. Opening any page of it is authorised (and a manager's look audited) here.
 */
@Component
public class WorkspacePage {

    private final PairAccess access;
    private final List<WorkspaceNotices> notices;

    WorkspacePage(PairAccess access, List<WorkspaceNotices> notices) {
        this.access = access;
        this.notices = notices;
    }

    /**
     * Opens the pair for the caller and puts {@code pair}, {@code role}, {@code tab} and {@code notices} on the model.
     *
     * @param tab the workspace part shown: overview, agreement, goals, sessions, assessment, notes or insights
     */
    public Access open(Model model, long pairId, String tab) {
        Access opened = access.open(pairId);
        model.addAttribute("pair", opened.pair());
        model.addAttribute("role", opened.role());
        model.addAttribute("tab", tab);
        model.addAttribute("notices", notices.stream().flatMap(source -> source.of(opened).stream()).toList());
        return opened;
    }

    /**
     * {@link #open} for a tab of a module above pairing: the same authorisation, audit and model, answered with the
     * caller's role only, so the caller needs nothing internal to pairing.
     */
    public PairRole openTab(Model model, long pairId, String tab) {
        return open(model, pairId, tab).role();
    }
}
