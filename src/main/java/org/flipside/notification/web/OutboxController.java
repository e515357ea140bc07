package org.flipside.notification.web;

import org.flipside.notification.outbox.Outbox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The mail outbox for administrators: what was sent, and what waits (all of it when no SMTP server is set up). */
@Controller
class OutboxController {

    static final int SHOWN = 200;

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        model.addAttribute("messages", outbox.latest(SHOWN));
        model.addAttribute("pending", outbox.pending());
        return "notification/outbox";
    }
}
