package org.flipside.pairing.session;

import java.util.List;
import org.flipside.training.GuideView;

/** What a person can pick from when planning a session (guide items) and logging one (focus topics). */
public record SessionChoices(List<GuideView> guides, List<String> focusTopics) {

    public SessionChoices {
        guides = List.copyOf(guides);
        focusTopics = List.copyOf(focusTopics);
    }

    /** The key a form sends for a guide item. */
    public static String itemKey(GuideView guide, org.flipside.training.GuideItem item) {
        return AgendaComposer.key(guide, item);
    }
}
