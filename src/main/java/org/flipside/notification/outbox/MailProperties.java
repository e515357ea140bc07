package org.flipside.notification.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where mail comes from and links point to.
 *
 * @param baseUrl    the address people open the application at, for links in mails
 * @param from       the sender address
 * @param staleClaim after this long a claimed but unsent message is taken over by another instance
 */
@ConfigurationProperties("flipside")
public record MailProperties(String baseUrl, Mail mail) {

    public MailProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        mail = mail == null ? new Mail(null, null, null) : mail;
    }

    public record Mail(String from, Duration staleClaim, Duration sendInterval) {
        public Mail {
            from = from == null || from.isBlank() ? "flipside@localhost" : from;
            staleClaim = staleClaim == null ? Duration.ofMinutes(5) : staleClaim;
            sendInterval = sendInterval == null ? Duration.ofSeconds(30) : sendInterval;
        }
    }
}
