package org.flipside.notification.outbox;

import java.net.InetAddress;
import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox sender on a schedule when SMTP is configured ({@code spring.mail.host}); without it messages stay
 * in the outbox for administrators to read. One instance at a time sends (scheduler lock); the per-message claim
 * still keeps each message to one sender should a lock expire while a slow batch is under way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final OutboxSender sender;

    MailDelivery(Outbox outbox, ObjectProvider<JavaMailSender> mail, Clock clock, MailProperties properties) {
        JavaMailSender smtp = mail.getIfAvailable();
        this.sender = smtp == null ? null : new OutboxSender(outbox, smtp, clock, instanceName(),
                properties.mail().from(), properties.mail().staleClaim());
        if (smtp == null) {
            log.info("No SMTP server configured (spring.mail.host): mail stays in the outbox at /admin/outbox.");
        }
    }

    @Scheduled(fixedDelayString = "${flipside.mail.send-interval:30s}", initialDelayString = "${flipside.mail.send-interval:30s}")
    @SchedulerLock(name = "mail-delivery")
    void deliver() {
        if (sender != null) {
            sender.sendPending();
        }
    }

    boolean sending() {
        return sender != null;
    }

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "instance";
        }
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }
}
