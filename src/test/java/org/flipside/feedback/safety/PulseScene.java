package org.flipside.feedback.safety;

import java.util.ArrayList;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A running program with several active pairs whose junior mentors were invited to the pulse's first round. Every
 * call makes a new program and new people, so tests sharing a database never count each other's answers.
 */
final class PulseScene {

    private final PairFixture pairs;
    private final JdbcClient jdbc;
    private final SafetyInvitations invitations;

    PulseScene(JdbcClient jdbc, Accounts accounts, DirectoryWriter directory, Programs programs, Pairs pairService,
               SafetyInvitations invitations) {
        this.pairs = new PairFixture(jdbc, accounts, directory, programs, pairService);
        this.jdbc = jdbc;
        this.invitations = invitations;
    }

    PairFixture fixture() {
        return pairs;
    }

    /** {@code count} pairs in one new program, invited. */
    List<Scene> invited(int count) {
        List<Scene> scenes = new ArrayList<>();
        Scene first = pairs.scene();
        scenes.add(first);
        for (int i = 1; i < count; i++) {
            scenes.add(pairs.pairIn(first.program(), first.manager()));
        }
        invitations.invite();
        return scenes;
    }

    long invitationOf(Scene scene) {
        return jdbc.sql("select id from safety_invitation where pair_id = :pair").param("pair", scene.pairId())
                .query(Long.class).single();
    }

    long answersIn(long program) {
        return jdbc.sql("select count(*) from safety_answer where program_id = :program").param("program", program)
                .query(Long.class).single();
    }

    static PulseAnswer all(int value, boolean contact) {
        return new PulseAnswer(List.of(value, value, value, value, value), contact);
    }
}
