package org.flipside.feedback.channel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.feedback.channel.ConfidentialChannel;
import org.flipside.feedback.channel.Conversation;
import org.flipside.feedback.channel.ConversationSummary;
import org.flipside.feedback.channel.NewConversation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The participant's confidential conversations with their program's managers, over JSON. */
@RestController
@Tag(name = "Confidential channel", description = "A participant writes to the program's managers; "
        + "the partner never learns of it")
class ChannelApiController {

    static final String SIGNED_IN = "hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')";
    private static final String ONLY_AUTHOR = "Only the participant who opened it: the partner, other participants, "
            + "managers (through this address), administrators and sponsors get 404.";

    private final ConfidentialChannel channel;

    ChannelApiController(ConfidentialChannel channel) {
        this.channel = channel;
    }

    @GetMapping("/api/v1/me/confidential")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "My confidential conversations, newest activity first")
    List<ConversationSummary> mine() {
        return channel.mine();
    }

    @PostMapping("/api/v1/me/confidential")
    @PreAuthorize(SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write to the managers of a program I take part in",
            description = "kind: CONCERN, REQUEST_TO_END_PAIR, ABUSE_REPORT or OTHER; subject up to 200 and message "
                    + "up to 4000 characters; pairId optional and only my own pair in that program.")
    Conversation open(@RequestBody(required = false) NewConversation body) {
        return channel.open(body == null ? new NewConversation(null, null, null, null, null) : body);
    }

    @GetMapping("/api/v1/me/confidential/{id}")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "One of my confidential conversations with its messages", description = ONLY_AUTHOR)
    Conversation one(@PathVariable long id) {
        return channel.get(id);
    }

    @PostMapping("/api/v1/me/confidential/{id}/messages")
    @PreAuthorize(SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write again in one of my conversations",
            description = ONLY_AUTHOR + " A closed conversation answers 409 until reopened.")
    Conversation reply(@PathVariable long id, @RequestBody(required = false) ChannelForms.MessageBody body) {
        return channel.reply(id, body == null ? null : body.message());
    }

    @PostMapping("/api/v1/me/confidential/{id}/closing")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Close one of my conversations",
            description = ONLY_AUTHOR + " Send the version you read; a different one answers 409.")
    ConversationSummary close(@PathVariable long id, @RequestBody(required = false) ChannelForms.VersionBody body) {
        return channel.close(id, body == null ? null : body.version());
    }

    @PostMapping("/api/v1/me/confidential/{id}/reopening")
    @PreAuthorize(SIGNED_IN)
    @Operation(summary = "Reopen one of my closed conversations",
            description = ONLY_AUTHOR + " Send the version you read; a different one answers 409.")
    ConversationSummary reopen(@PathVariable long id, @RequestBody(required = false) ChannelForms.VersionBody body) {
        return channel.reopen(id, body == null ? null : body.version());
    }
}
