package org.flipside.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flipside.notification.digest.DigestEntries.Waiting;
import org.flipside.notification.outbox.MailProperties;
import org.flipside.notification.outbox.Outbox;
import org.flipside.notification.outbox.OutgoingMail;
import org.flipside.notification.outbox.RecipientZone;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each person with waiting reminders one digest a week, from Monday 08:00 in their time zone. The digest mail
 * is written under the key {@code digest:<address>:<ISO week>}, so whatever runs it twice (two instances, a retry)
 * writes one mail a week; the entries it lists are marked in the same transaction, so an entry is carried by exactly
 * one digest. Entries that arrive after this week's digest wait for next Monday.
 */
@Component
public class WeeklyDigest {

    static final int LISTED = 100;
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final DigestEntries entries;
    private final Outbox outbox;
    private final MessageSource messages;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WeeklyDigest(DigestEntries entries, Outbox outbox, MessageSource messages, MailProperties properties,
                 TransactionTemplate transactions, Clock clock) {
        this.entries = entries;
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flipside.notification.digest-interval:10m}",
            initialDelayString = "${flipside.notification.digest-interval:10m}")
    @SchedulerLock(name = "weekly-digest")
    void onSchedule() {
        sendDue(clock.instant());
    }

    /** Writes every digest due at {@code now}; returns how many this call wrote. */
    public int sendDue(Instant now) {
        int written = 0;
        for (String email : entries.waitingRecipients()) {
            if (sendTo(email, now)) {
                written++;
            }
        }
        return written;
    }

    /** Writes this address's digest if it is due at {@code now} and not yet written this week. */
    public boolean sendTo(String email, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            List<Waiting> waiting = entries.waitingFor(email);
            if (waiting.isEmpty()) {
                return false;
            }
            DigestEntry newest = waiting.stream().max((a, b) -> a.createdAt().compareTo(b.createdAt()))
                    .orElseThrow().entry();
            ZoneId zone = RecipientZone.of(newest.timeZone());
            Optional<String> week = DigestSchedule.dueWeek(now, zone);
            if (week.isEmpty()) {
                return false;
            }
            String key = "digest:" + DigestEntries.address(email) + ":" + week.get();
            if (!outbox.add(mail(newest, waiting, zone, key), now)) {
                return false;
            }
            entries.markSent(waiting.stream().map(Waiting::id).toList(), key);
            return true;
        }));
    }

    private OutgoingMail mail(DigestEntry newest, List<Waiting> waiting, ZoneId zone, String key) {
        StringBuilder list = new StringBuilder();
        waiting.stream().limit(LISTED).forEach(w -> list.append(messages.getMessage("notification.digest.item",
                new Object[]{w.entry().subject(), DUE.format(w.entry().dueAt().atZone(zone)), w.entry().link()},
                Locale.ENGLISH)).append("\n"));
        if (waiting.size() > LISTED) {
            list.append(messages.getMessage("notification.digest.more", new Object[]{waiting.size() - LISTED},
                    Locale.ENGLISH)).append("\n");
        }
        String subject = messages.getMessage("notification.digest.subject", new Object[]{waiting.size()},
                Locale.ENGLISH);
        String body = messages.getMessage("notification.digest.body", new Object[]{newest.fullName(),
                list.toString().stripTrailing(), properties.baseUrl() + "/me/notifications"}, Locale.ENGLISH);
        return new OutgoingMail(newest.email(), subject, body, key, null, key);
    }
}
