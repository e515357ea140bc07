package org.flipside.analytics.dashboard;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flipside.identity.FlipsideUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The reader's time zone, in which the at-risk reasons write their dates (UTC for anyone without one). */
final class DashboardZone {

    private DashboardZone() {
    }

    static ZoneId current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof FlipsideUser user
                ? user.zone() : ZoneOffset.UTC;
    }
}
