package org.flipside.identity.web;

import java.time.ZoneId;
import org.flipside.identity.FlipsideUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user and their time zone, so dates and times show in the viewer's own zone. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final ZoneId defaultZone;

    CurrentUserAdvice(@Value("${flipside.default-time-zone:UTC}") String defaultZone) {
        this.defaultZone = ZoneId.of(defaultZone);
    }

    @ModelAttribute("currentUser")
    FlipsideUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof FlipsideUser user ? user : null;
    }

    @ModelAttribute("userZone")
    ZoneId userZone() {
        FlipsideUser user = currentUser();
        return user == null ? defaultZone : user.zone();
    }
}
