package org.flipside.feedback.channel;

import java.util.List;
import java.util.Objects;
import org.flipside.feedback.ConfidentialMessagePosted;
import org.flipside.feedback.ConfidentialMessagePosted.Recipient;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.people.Directory;
import org.flipside.program.Programs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is told about a new message, and the name a manager's reply is signed with. */
@Component
class ChannelPeople {

    private final Programs programs;
    private final Accounts accounts;
    private final Directory directory;
    private final ApplicationEventPublisher events;

    ChannelPeople(Programs programs, Accounts accounts, Directory directory, ApplicationEventPublisher events) {
        this.programs = programs;
        this.accounts = accounts;
        this.directory = directory;
        this.events = events;
    }

    /** Tells the program's managers that the participant wrote. */
    void tellManagers(ConversationSummary conversation, long messageId) {
        List<Recipient> managers = programs.managers(conversation.programId()).stream()
                .map(accounts::findByUsername).flatMap(java.util.Optional::stream)
                .filter(AccountView::active)
                .filter(account -> account.email() != null && !account.email().isBlank())
                .map(account -> new Recipient(account.displayName(), account.email()))
                .toList();
        events.publishEvent(new ConfidentialMessagePosted(conversation.id(), messageId, conversation.programId(),
                conversation.programName(), true, managers,
                "/programs/" + conversation.programId() + "/confidential/" + conversation.id()));
    }

    /** Tells the participant who opened the conversation that a manager replied. */
    void tellAuthor(ConversationSummary conversation, String authorNumber, long messageId) {
        List<Recipient> author = directory.byNumber(authorNumber).stream()
                .filter(employee -> employee.email() != null && !employee.email().isBlank())
                .map(employee -> new Recipient(employee.fullName(), employee.email()))
                .toList();
        events.publishEvent(new ConfidentialMessagePosted(conversation.id(), messageId, conversation.programId(),
                conversation.programName(), false, author, "/me/confidential/" + conversation.id()));
    }

    /** The signed-in manager's name as their replies show it. */
    String currentManagerName() {
        Authentication authentication = Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication());
        return accounts.findByUsername(authentication.getName()).map(AccountView::displayName)
                .orElse(authentication.getName());
    }
}
