package org.flipside.feedback.channel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.feedback.channel.ConfidentialInbox;
import org.flipside.feedback.channel.Conversation;
import org.flipside.feedback.channel.ConversationSummary;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A program's confidential conversations for its managers, over JSON. */
@RestController
@Tag(name = "Confidential channel", description = "A participant writes to the program's managers; "
        + "the partner never learns of it")
class InboxApiController {

    private static final String ONLY_MANAGERS = "Only the program's managers: administrators, sponsors, "
            + "participants and other programs' managers get 404.";

    private final ConfidentialInbox inbox;

    InboxApiController(ConfidentialInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/api/v1/programs/{id}/confidential")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    @Operation(summary = "The program's confidential conversations, newest activity first",
            description = ONLY_MANAGERS + " state: open, closed or all (default).")
    PageOf<ConversationSummary> list(@PathVariable long id, @RequestParam(required = false) String state,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        return inbox.list(id, ChannelForms.state(state), PageRequests.page(page), PageRequests.size(size));
    }

    @GetMapping("/api/v1/programs/{id}/confidential/{conversationId}")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    @Operation(summary = "Read one conversation (audited)", description = ONLY_MANAGERS)
    Conversation read(@PathVariable long id, @PathVariable long conversationId) {
        return inbox.read(id, conversationId);
    }

    @PostMapping("/api/v1/programs/{id}/confidential/{conversationId}/messages")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reply to the participant",
            description = ONLY_MANAGERS + " A closed conversation answers 409.")
    Conversation reply(@PathVariable long id, @PathVariable long conversationId,
                       @RequestBody(required = false) ChannelForms.MessageBody body) {
        return inbox.reply(id, conversationId, body == null ? null : body.message());
    }

    @PostMapping("/api/v1/programs/{id}/confidential/{conversationId}/closing")
    @PreAuthorize(ChannelApiController.SIGNED_IN)
    @Operation(summary = "Close the conversation",
            description = ONLY_MANAGERS + " Send the version you read; a different one answers 409.")
    ConversationSummary close(@PathVariable long id, @PathVariable long conversationId,
                              @RequestBody(required = false) ChannelForms.VersionBody body) {
        return inbox.close(id, conversationId, body == null ? null : body.version());
    }
}
