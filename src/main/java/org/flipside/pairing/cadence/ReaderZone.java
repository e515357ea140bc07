package org.flipside.pairing.cadence;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flipside.identity.FlipsideUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in reader's time zone, for dates written into sentences (UTC for anyone without one). */
public final class ReaderZone {

    private ReaderZone() {
    }

    public static ZoneId current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof FlipsideUser user
                ? user.zone() : ZoneOffset.UTC;
    }
}
