package org.flipside.pairing.web;

import org.flipside.pairing.Pairs;
import org.flipside.pairing.workspace.WorkspacePage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** "My pairs" and the overview page of a pair's workspace. */
@Controller
class PairPagesController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";

    private final Pairs pairs;
    private final WorkspacePage workspace;

    PairPagesController(Pairs pairs, WorkspacePage workspace) {
        this.pairs = pairs;
        this.workspace = workspace;
    }

    @GetMapping("/me/pairs")
    @PreAuthorize(SIGNED_IN)
    String mine(Model model) {
        model.addAttribute("pairs", pairs.mine());
        return "pairing/mine";
    }

    @GetMapping("/pairs/{id}")
    @PreAuthorize(SIGNED_IN)
    String overview(@PathVariable long id, Model model) {
        workspace.open(model, id, "overview");
        return "pairing/overview";
    }
}
