package org.flipside.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings under {@code flipside.security}.
 *
 * @param absoluteSessionTimeout a session ends this long after sign-in, however active it is
 * @param throttle               limits on failed sign-ins
 */
@ConfigurationProperties("flipside.security")
public record SecurityProperties(Duration absoluteSessionTimeout, Throttle throttle) {

    public SecurityProperties {
        absoluteSessionTimeout = absoluteSessionTimeout == null ? Duration.ofHours(12) : absoluteSessionTimeout;
        throttle = throttle == null ? new Throttle(5, 20, Duration.ofMinutes(15)) : throttle;
    }

    /**
     * @param maxFailuresPerAccount failures for one username within the window before it is refused with 429
     * @param maxFailuresPerAddress failures from one network address within the window before it is refused
     * @param window                how far back failures count, and so how long a block lasts at most
     */
    public record Throttle(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {
    }
}
