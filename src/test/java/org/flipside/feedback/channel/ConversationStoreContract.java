package org.flipside.feedback.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;

import java.time.Duration;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Race;
import org.flipside.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conversations against each database: found only by their author or under their own program, listed by latest
 * activity with the open/closed filter and paging, messages in order, and a move at a stale version changes nothing.
 */
abstract class ConversationStoreContract {

    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfidentialChannel channel;
    @Autowired
    ConfidentialInbox inbox;
    @Autowired
    ConversationStore store;
    @Autowired
    TestClock clock;

    Scene scene;

    @BeforeEach
    void aPair() {
        scene = new PairFixture(jdbc, accounts, directory, programs, pairs).scene();
    }

    @Test
    void conversationsAreListedByLatestActivityAndFoundOnlyByTheirAuthorOrUnderTheirProgram() {
        long first = open("First", null);
        clock.advance(Duration.ofMinutes(1));
        long second = open("Second", scene.pairId());
        clock.advance(Duration.ofMinutes(1));
        as(scene.mentor(), () -> channel.reply(first, "Back to the first"));

        var page = as(scene.manager(), () -> inbox.list(scene.program(), null, 0, 10));
        assertThat(page.items()).extracting(ConversationSummary::id).containsExactly(first, second);
        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(as(scene.manager(), () -> inbox.list(scene.program(), null, 1, 1)).items())
                .extracting(ConversationSummary::id).containsExactly(second);
        assertThat(store.messages(first)).extracting(ConversationMessage::body)
                .containsExactly("Opening First", "Back to the first");
        assertThat(store.ofAuthor(second, scene.mentor().employeeNumber()).orElseThrow().pairId())
                .isEqualTo(scene.pairId());
        assertThat(store.ofAuthor(second, scene.mentee().employeeNumber())).isEmpty();
        assertThat(store.ofProgram(second, scene.program() + 100_000)).isEmpty();

        as(scene.manager(), () -> inbox.close(scene.program(), second, 0L));
        assertThat(as(scene.manager(), () -> inbox.list(scene.program(), ConversationState.OPEN, 0, 10)).items())
                .extracting(ConversationSummary::id).containsExactly(first);
        assertThat(as(scene.manager(), () -> inbox.list(scene.program(), ConversationState.CLOSED, 0, 10)).items())
                .extracting(ConversationSummary::id).containsExactly(second);
    }

    @Test
    void aStaleMoveChangesNothingAndBadTextStoresNothing() {
        long id = open("Stale", null);
        assertThat(store.move(id, ConversationState.OPEN, ConversationState.CLOSED, 0, clock.instant())).isTrue();
        assertThat(store.move(id, ConversationState.CLOSED, ConversationState.OPEN, 0, clock.instant())).isFalse();
        assertThatThrownBy(() -> as(scene.mentor(), () -> channel.reopen(id, 0L)))
                .isInstanceOf(StaleEditException.class);
        assertThat(store.ofAuthor(id, scene.mentor().employeeNumber()).orElseThrow().state())
                .isEqualTo(ConversationState.CLOSED);
        assertThat(as(scene.mentor(), () -> channel.reopen(id, 1L).state())).isEqualTo(ConversationState.OPEN);
        assertThatThrownBy(() -> as(scene.mentor(), () -> channel.reply(id, " ".repeat(3))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.messages(id)).hasSize(1);
    }

    @Test
    void theParticipantAndAManagerClosingAtOnceCloseItOnceAndTheOtherIsRefused() throws Exception {
        long id = open("Race", null);
        List<String> outcomes = Race.run(
                new Race.Contender<>(() -> ProgramTestUsers.actAs(scene.mentor().auth()),
                        () -> refusedOr(() -> channel.close(id, 0L))),
                new Race.Contender<>(() -> ProgramTestUsers.actAs(scene.manager().auth()),
                        () -> refusedOr(() -> inbox.close(scene.program(), id, 0L))));
        assertThat(outcomes).containsExactlyInAnyOrder("closed", "refused");
        assertThat(store.ofAuthor(id, scene.mentor().employeeNumber()).orElseThrow().version()).isEqualTo(1);
    }

    private static String refusedOr(Runnable close) {
        try {
            close.run();
            return "closed";
        } catch (StaleEditException | RuleViolationException e) {
            return "refused";
        }
    }

    private long open(String subject, Long pairId) {
        return as(scene.mentor(), () -> channel.open(new NewConversation(scene.program(), "CONCERN", subject,
                "Opening " + subject, pairId)).summary().id());
    }
}
