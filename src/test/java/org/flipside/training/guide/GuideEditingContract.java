package org.flipside.training.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.util.ArrayList;
import java.util.List;
import org.flipside.identity.Accounts;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.Race;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;
import org.flipside.training.GuideView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Managers edit a guide's text and items with optimistic locking, every problem named, audited; and reset it. */
abstract class GuideEditingContract {

    @Autowired
    GuideService guides;
    @Autowired
    GuideLibrary library;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    JdbcClient jdbc;

    GuideFixture fixture;
    ProgramView program;
    GuideView guide;

    @BeforeEach
    void aGuide() {
        fixture = new GuideFixture(accounts, directory, programs, jdbc);
        program = fixture.program(List.of("Digital habits"), ObjectiveChoice.of(Objective.DIGITAL_FLUENCY));
        actAs(fixture.manager.auth());
        guide = guides.ofProgram(program.id()).get(0);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEditAddsChangesRemovesAndReordersItemsWhileKeptItemsKeepTheirPositions() {
        List<GuideItem> items = guide.items();
        int count = items.size();
        GuideItem first = items.get(0);
        GuideItem second = items.get(1);
        List<GuideEdit.Item> edited = new ArrayList<>();
        edited.add(kept(second));
        edited.add(new GuideEdit.Item(first.position(), first.kind(), "  Which tool do you open first?\r\nAnd why?  "));
        edited.add(new GuideEdit.Item(null, GuideItemKind.OPENING_QUESTION, "What would you automate tomorrow?"));
        items.subList(3, count).forEach(item -> edited.add(kept(item)));

        GuideView saved = guides.update(program.id(), guide.id(), new GuideEdit(" Our digital habits ", "Start here.", edited),
                guide.version());

        assertThat(saved.version()).isEqualTo(guide.version() + 1);
        assertThat(saved.title()).isEqualTo("Our digital habits");
        assertThat(saved.items()).hasSize(count);
        assertThat(saved.items().get(0)).isEqualTo(second);
        assertThat(saved.items().get(1)).isEqualTo(new GuideItem(first.position(), first.kind(),
                "Which tool do you open first?\nAnd why?"));
        assertThat(saved.items().get(2).position()).as("a position no item ever had").isEqualTo(count + 1);
        assertThat(saved.items()).doesNotContain(items.get(2));
        assertThat(guides.get(program.id(), guide.id())).isEqualTo(saved);
        assertThat(audited("GUIDE_UPDATED")).isEqualTo(1);

        // The newest item removed and another added: the removed position is not given out again.
        List<GuideEdit.Item> again = new ArrayList<>(saved.items().stream().map(GuideEditingContract::kept).toList());
        again.remove(2);
        again.add(new GuideEdit.Item(null, GuideItemKind.EXERCISE, "Try it\nOne\nTwo"));
        GuideView third = guides.update(program.id(), guide.id(), new GuideEdit("T", "I", again), saved.version());
        assertThat(third.items().get(third.items().size() - 1).position()).isEqualTo(count + 2);
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() {
        GuideView first = guides.update(program.id(), guide.id(), edit("Saved first", guide.items()), guide.version());

        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), edit("Saved second", guide.items()),
                guide.version())).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> guides.reset(program.id(), guide.id(), guide.version()))
                .isInstanceOf(StaleEditException.class);

        assertThat(guides.get(program.id(), guide.id())).isEqualTo(first);
    }

    @RepeatedTest(3)
    void ofTwoEditsSavedAtTheSameInstantFromTheSameVersionOneIsSavedAndTheOtherRefused() throws Exception {
        List<String> outcomes = Race.run(contender("First editor"), contender("Second editor"));

        assertThat(outcomes).containsExactlyInAnyOrder("saved", "stale");
        GuideView now = guides.get(program.id(), guide.id());
        assertThat(now.version()).isEqualTo(guide.version() + 1);
        assertThat(now.title()).isEqualTo(outcomes.get(0).equals("saved") ? "First editor" : "Second editor");
        assertThat(now.items()).isEqualTo(guide.items());
    }

    @Test
    void everyProblemOfAnEditIsNamedWithItsFieldAndNothingIsSaved() {
        List<GuideEdit.Item> items = new ArrayList<>(guide.items().stream().map(GuideEditingContract::kept).toList());
        items.set(0, new GuideEdit.Item(items.get(0).position(), GuideItemKind.OPENING_QUESTION, "   "));
        items.set(1, new GuideEdit.Item(items.get(1).position(), null, "x".repeat(GuideRules.ITEM_MAX + 1)));
        items.add(new GuideEdit.Item(999, GuideItemKind.OPENING_QUESTION, "Known?"));
        items.add(new GuideEdit.Item(items.get(2).position(), GuideItemKind.OPENING_QUESTION, "Twice"));
        GuideEdit edit = new GuideEdit("", "y".repeat(GuideRules.INTRODUCTION_MAX + 1), items);

        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), edit, guide.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("title", "guide.title.required"),
                                org.assertj.core.groups.Tuple.tuple("introduction", "guide.introduction.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("items[0].text", "guide.item.text.required"),
                                org.assertj.core.groups.Tuple.tuple("items[1].kind", "guide.item.kind.required"),
                                org.assertj.core.groups.Tuple.tuple("items[1].text", "guide.item.text.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("items[" + (items.size() - 2) + "].position",
                                        "guide.item.position.unknown"),
                                org.assertj.core.groups.Tuple.tuple("items[" + (items.size() - 1) + "].position",
                                        "guide.item.position.duplicate")));

        List<GuideEdit.Item> tooMany = new ArrayList<>();
        for (int i = 0; i <= GuideRules.ITEMS_MAX; i++) {
            tooMany.add(new GuideEdit.Item(null, GuideItemKind.OPENING_QUESTION, "Question " + i + "?"));
        }
        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), new GuideEdit("T", "I", tooMany), guide.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("items", "guide.items.tooMany")));
        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), new GuideEdit("T", "I", List.of()), guide.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("guide.items.required"));

        assertThat(guides.get(program.id(), guide.id())).isEqualTo(guide);
        assertThat(audited("GUIDE_UPDATED")).isZero();
    }

    @Test
    void aResetPutsTheLibraryTextBackWithNewPositions() {
        GuideView edited = guides.update(program.id(), guide.id(),
                edit("Ours", guide.items().subList(0, 3)), guide.version());

        GuideView reset = guides.reset(program.id(), guide.id(), edited.version());

        LibraryGuide original = library.byCode("digital-tools").orElseThrow();
        assertThat(reset.version()).isEqualTo(edited.version() + 1);
        assertThat(reset.title()).isEqualTo(original.title());
        assertThat(reset.introduction()).isEqualTo(original.introduction());
        assertThat(reset.items()).extracting(GuideItem::kind, GuideItem::text)
                .isEqualTo(original.items().stream().map(i -> org.assertj.core.groups.Tuple.tuple(i.kind(), i.text())).toList());
        assertThat(reset.items().get(0).position()).as("after every position the guide ever used")
                .isEqualTo(original.items().size() + 1);
        assertThat(guides.get(program.id(), guide.id())).isEqualTo(reset);
        assertThat(audited("GUIDE_RESET")).isEqualTo(1);
    }

    @Test
    void theGuidesOfAClosedProgramStayAsTheyWere() {
        fixture.close(program);
        actAs(fixture.manager.auth());

        assertThatThrownBy(() -> guides.update(program.id(), guide.id(), edit("Late", guide.items()), guide.version()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("guide.programClosed"));
        assertThatThrownBy(() -> guides.reset(program.id(), guide.id(), guide.version()))
                .isInstanceOf(RuleViolationException.class);
        assertThat(guides.get(program.id(), guide.id())).isEqualTo(guide);
    }

    private Race.Contender<String> contender(String title) {
        return new Race.Contender<>(() -> actAs(fixture.manager.auth()), () -> {
            try {
                guides.update(program.id(), guide.id(), edit(title, guide.items()), guide.version());
                return "saved";
            } catch (StaleEditException e) {
                return "stale";
            }
        });
    }

    private GuideEdit edit(String title, List<GuideItem> items) {
        return new GuideEdit(title, guide.introduction(), items.stream().map(GuideEditingContract::kept).toList());
    }

    private static GuideEdit.Item kept(GuideItem item) {
        return new GuideEdit.Item(item.position(), item.kind(), item.text());
    }

    private int audited(String action) {
        return jdbc.sql("select count(*) from audit_entry where action = :action and target_id = :id and actor = :actor")
                .param("action", action).param("id", String.valueOf(guide.id()))
                .param("actor", fixture.manager.username()).query(Integer.class).single();
    }
}
