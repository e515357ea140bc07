package org.flipside.feedback.channel;

import java.time.Clock;
import org.flipside.audit.AuditLog;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.web.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' side of the channel. Only the program's own managers get in (everyone else, administrators and
 * sponsors included, is told the program's conversations do not exist), and every read of a conversation is audited
 * by id alone — the audit log never holds what was written.
 */
@Service
@Transactional
public class ConfidentialInbox {

    private final Programs programs;
    private final ConversationStore store;
    private final ConversationMoves moves;
    private final ChannelPeople people;
    private final AuditLog audit;
    private final Clock clock;

    ConfidentialInbox(Programs programs, ConversationStore store, ConversationMoves moves, ChannelPeople people,
                      AuditLog audit, Clock clock) {
        this.programs = programs;
        this.store = store;
        this.moves = moves;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the program's conversations, newest activity first; {@code state} null lists all. */
    @Transactional(readOnly = true)
    public PageOf<ConversationSummary> list(long programId, ConversationState state, int page, int size) {
        requireManager(programId);
        return store.inProgram(programId, state, page, size);
    }

    public Conversation read(long programId, long id) {
        ConversationSummary conversation = managed(programId, id);
        audit.success("CONFIDENTIAL_CONVERSATION_READ", ConfidentialChannel.KIND, id, null);
        return new Conversation(conversation, store.messages(id));
    }

    public Conversation reply(long programId, long id, String message) {
        ConversationSummary conversation = managed(programId, id);
        String text = ChannelInput.reply(message);
        moves.requireOpen(conversation);
        long posted = store.post(id, true, people.currentManagerName(), text, clock.instant());
        audit.success("CONFIDENTIAL_CONVERSATION_REPLIED", ConfidentialChannel.KIND, id, null);
        people.tellAuthor(conversation, store.authorNumber(id), posted);
        return new Conversation(managed(programId, id), store.messages(id));
    }

    public ConversationSummary close(long programId, long id, Long version) {
        moves.close(managed(programId, id), version);
        return managed(programId, id);
    }

    private ConversationSummary managed(long programId, long id) {
        requireManager(programId);
        return store.ofProgram(id, programId).orElseThrow(() -> new NotFoundException(ConfidentialChannel.KIND, id));
    }

    private void requireManager(long programId) {
        if (!programs.managedByCurrentUser(programId)) {
            throw new NotFoundException("Program", programId);
        }
    }
}
