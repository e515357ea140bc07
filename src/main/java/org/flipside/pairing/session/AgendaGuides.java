package org.flipside.pairing.session;

import java.util.List;
import org.flipside.training.ConversationGuides;
import org.flipside.training.GuideView;
import org.springframework.stereotype.Component;

/** The program's conversation guides an agenda is built from, read as the pair member scheduling the session. */
@Component
class AgendaGuides {

    private final ConversationGuides guides;

    AgendaGuides(ConversationGuides guides) {
        this.guides = guides;
    }

    List<GuideView> of(long programId) {
        return guides.ofProgram(programId);
    }
}
