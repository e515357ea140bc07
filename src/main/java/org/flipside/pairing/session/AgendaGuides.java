package org.flipside.pairing.session;

import java.util.List;
import org.flipside.training.ConversationGuides;
import org.flipside.training.GuideView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The program's conversation guides an agenda is built from. The training module provides them; an application
 * assembled without its guides (no {@link ConversationGuides} bean) offers none, and agendas are written line by line.
 */
@Component
class AgendaGuides {

    private final ObjectProvider<ConversationGuides> guides;

    AgendaGuides(ObjectProvider<ConversationGuides> guides) {
        this.guides = guides;
    }

    List<GuideView> of(long programId) {
        ConversationGuides available = guides.getIfAvailable();
        return available == null ? List.of() : available.ofProgram(programId);
    }
}
