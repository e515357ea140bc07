package org.flipside.analytics.kirkpatrick.web;

import org.flipside.analytics.kirkpatrick.Kirkpatrick;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The evaluation page: Kirkpatrick's four levels for one program. */
@Controller
class KirkpatrickController {

    static final String READERS = "hasAnyRole('PROGRAM_MANAGER','ADMIN','SPONSOR')";

    private final Kirkpatrick kirkpatrick;

    KirkpatrickController(Kirkpatrick kirkpatrick) {
        this.kirkpatrick = kirkpatrick;
    }

    @GetMapping("/programs/{id}/evaluation")
    @PreAuthorize(READERS)
    String evaluation(@PathVariable long id, Model model) {
        model.addAttribute("view", kirkpatrick.of(id));
        return "analytics/evaluation";
    }
}
