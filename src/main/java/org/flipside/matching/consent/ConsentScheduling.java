package org.flipside.matching.consent;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Consent runs its deadline expiry on a schedule on every instance. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConsentScheduling {
}
