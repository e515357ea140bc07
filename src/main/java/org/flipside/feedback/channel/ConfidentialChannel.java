package org.flipside.feedback.channel;

import java.time.Clock;
import java.util.List;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.Pairs;
import org.flipside.people.Employee;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's side of the channel: an approved participant writes to their program's managers, optionally about
 * their own pair. Every lookup names the signed-in employee as the author, so anyone else — the partner included —
 * is told the conversation does not exist, and nothing is ever sent to the partner.
 */
@Service
@Transactional
public class ConfidentialChannel {

    static final String KIND = "Conversation";

    private final CurrentEmployee current;
    private final Enrollment enrollment;
    private final Pairs pairs;
    private final ConversationStore store;
    private final ConversationMoves moves;
    private final ChannelPeople people;
    private final AuditLog audit;
    private final Clock clock;

    ConfidentialChannel(CurrentEmployee current, Enrollment enrollment, Pairs pairs, ConversationStore store,
                        ConversationMoves moves, ChannelPeople people, AuditLog audit, Clock clock) {
        this.current = current;
        this.enrollment = enrollment;
        this.pairs = pairs;
        this.store = store;
        this.moves = moves;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in employee's conversations, newest activity first. */
    @Transactional(readOnly = true)
    public List<ConversationSummary> mine() {
        return current.get().map(me -> store.byAuthor(me.employeeNumber())).orElse(List.of());
    }

    /** The programs the signed-in employee may write about: those they take part in as an approved participant. */
    @Transactional(readOnly = true)
    public List<ParticipantView> programs() {
        return enrollment.mine().stream().filter(p -> p.state() == ParticipantState.APPROVED).toList();
    }

    @Transactional(readOnly = true)
    public Conversation get(long id) {
        ConversationSummary conversation = own(id);
        return new Conversation(conversation, store.messages(id));
    }

    public Conversation open(NewConversation request) {
        ChannelInput.Checked input = ChannelInput.opening(request.kind(), request.subject(), request.message());
        Employee me = current.get().orElseThrow(() -> notParticipant());
        ParticipantView participant = programs().stream()
                .filter(p -> request.programId() != null && p.programId() == request.programId())
                .findFirst().orElseThrow(ConfidentialChannel::notParticipant);
        if (request.pairId() != null && pairs.mine().stream()
                .noneMatch(pair -> pair.id() == request.pairId() && pair.programId() == participant.programId())) {
            throw new InvalidInputException(FieldProblem.of("pairId", "feedback.channel.pair.notYours",
                    "Choose your own pair in this program, or none."));
        }
        long id = store.open(participant.programId(), participant.id(), me.employeeNumber(), me.fullName(),
                request.pairId(), input.kind(), input.subject(), clock.instant());
        long message = store.post(id, false, me.fullName(), input.message(), clock.instant());
        audit.success("CONFIDENTIAL_CONVERSATION_OPENED", KIND, id, null);
        ConversationSummary opened = own(id);
        people.tellManagers(opened, message);
        return new Conversation(opened, store.messages(id));
    }

    /** The participant writes again; a closed conversation answers 409 until they reopen it. */
    public Conversation reply(long id, String message) {
        ConversationSummary conversation = own(id);
        String text = ChannelInput.reply(message);
        moves.requireOpen(conversation);
        long posted = store.post(id, false, conversation.authorName(), text, clock.instant());
        audit.success("CONFIDENTIAL_CONVERSATION_REPLIED", KIND, id, null);
        people.tellManagers(conversation, posted);
        return get(id);
    }

    public ConversationSummary close(long id, Long version) {
        moves.close(own(id), version);
        return own(id);
    }

    /** Only the participant reopens: the conversation is theirs to take up again. */
    public ConversationSummary reopen(long id, Long version) {
        moves.reopen(own(id), version);
        return own(id);
    }

    private ConversationSummary own(long id) {
        return current.get().flatMap(me -> store.ofAuthor(id, me.employeeNumber()))
                .orElseThrow(() -> new NotFoundException(KIND, id));
    }

    private static InvalidInputException notParticipant() {
        return new InvalidInputException(FieldProblem.of("programId", "feedback.channel.program.notParticipant",
                "Choose a program you take part in."));
    }
}
