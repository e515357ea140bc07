package org.flipside.notification.reminder;

import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractMessageSource;

/**
 * Texts for a reminder kind that exists only in tests, added to the application's message source next to the
 * bundles (as common messages), so the real listener words it like any other kind.
 */
public final class TestReminderKinds {

    public static final String KIND = "test.check-in";
    private static final Properties TEXTS = new Properties();

    private TestReminderKinds() {
    }

    public static synchronized void register(MessageSource messages) {
        AbstractMessageSource source = (AbstractMessageSource) messages;
        TEXTS.setProperty(ReminderTexts.PREFIX + KIND + ".subject", "Check in with {1}");
        TEXTS.setProperty(ReminderTexts.PREFIX + KIND + ".body",
                "Hello {0},\n\nit is time to check in with {1} about {2}.\n\nOpen your pair:\n{3}");
        source.setCommonMessages(TEXTS);
    }
}
