package org.flipside.training.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flipside.program.ProgramTestUsers.actAs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.identity.Accounts;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.testing.Race;
import org.flipside.training.ConversationGuides;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** A program's guides appear on first read, one per focus topic, from the library guide that fits the topic best. */
abstract class GuideCreationContract {

    @Autowired
    ConversationGuides guides;
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

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    GuideCreation creation;
    @Autowired
    GuideAccess access;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    GuideFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new GuideFixture(accounts, directory, programs, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstReadCreatesOneGuidePerTopicFromTheBestFittingLibraryGuideInTheTopicsOrder() {
        ProgramView program = fixture.program(List.of("AI tools", "Leadership", "Inclusive teams"),
                ObjectiveChoice.of(Objective.DIGITAL_FLUENCY), ObjectiveChoice.of(Objective.INNOVATION));
        assertThat(stored(program)).isZero();
        actAs(fixture.manager.auth());

        List<GuideView> first = guides.ofProgram(program.id());

        assertThat(first).extracting(GuideView::topic).containsExactly("AI tools", "Leadership", "Inclusive teams");
        assertThat(first).extracting(GuideView::title).containsExactly(title("digital-tools"), title("general"),
                title("inclusion"));
        GuideView ai = first.get(0);
        assertThat(ai.programId()).isEqualTo(program.id());
        assertThat(ai.version()).isZero();
        assertThat(ai.introduction()).isEqualTo(library.byCode("digital-tools").orElseThrow().introduction());
        assertThat(ai.items()).isEqualTo(library.byCode("digital-tools").orElseThrow().items());
        assertThat(stored(program)).isEqualTo(3);

        List<GuideView> again = guides.ofProgram(program.id());
        assertThat(again).isEqualTo(first);
        assertThat(stored(program)).isEqualTo(3);
        assertThat(guides.get(program.id(), ai.id())).isEqualTo(ai);
    }

    @RepeatedTest(3)
    void twoPeopleReadingAProgramsGuidesForTheFirstTimeAtOnceGetTheSameGuides() throws Exception {
        ProgramView program = fixture.program(List.of("Social media", "Gen Z at work", "Strategy"),
                ObjectiveChoice.of(Objective.BRIDGING_GENERATIONS));
        Person mentor = fixture.participant(program, "MENTOR", "APPROVED");
        Person mentee = fixture.participant(program, "MENTEE", "APPROVED");

        List<List<GuideView>> read = Race.run(
                new Race.Contender<>(() -> actAs(fixture.manager.auth()), () -> guides.ofProgram(program.id())),
                new Race.Contender<>(() -> actAs(mentor.auth()), () -> guides.ofProgram(program.id())),
                new Race.Contender<>(() -> actAs(mentee.auth()), () -> guides.ofProgram(program.id())));

        assertThat(read.get(0)).hasSize(3);
        assertThat(read.get(1)).isEqualTo(read.get(0));
        assertThat(read.get(2)).isEqualTo(read.get(0));
        assertThat(stored(program)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from conversation_guide_item i join conversation_guide g on g.id = i.guide_id "
                        + "where g.program_id = :program").param("program", program.id()).query(Integer.class).single())
                .isEqualTo(read.get(0).stream().mapToInt(g -> g.items().size()).sum());
    }

    @Test
    void aTopicAddedLaterGetsItsGuideAndARemovedTopicsGuideIsKeptButNotListed() {
        ProgramView program = fixture.program(List.of("Social media", "Strategy"),
                ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        List<GuideView> before = guides.ofProgram(program.id());
        GuideView social = before.get(0);

        program = fixture.topics(program, List.of("Strategy", "Customers of tomorrow"));
        actAs(fixture.manager.auth());
        List<GuideView> after = guides.ofProgram(program.id());

        assertThat(after).extracting(GuideView::topic).containsExactly("Strategy", "Customers of tomorrow");
        assertThat(after.get(0)).isEqualTo(before.get(1));
        assertThat(after.get(1).title()).isEqualTo(title("younger-customers"));
        assertThat(stored(program)).isEqualTo(3);
        assertThat(guides.get(program.id(), social.id())).as("kept, and still opened by its id").isEqualTo(social);

        fixture.topics(program, List.of("SOCIAL MEDIA", "Strategy"));
        actAs(fixture.manager.auth());
        List<GuideView> back = guides.ofProgram(program.id());
        assertThat(back.get(0).id()).as("the same topic in other letters is the same guide").isEqualTo(social.id());
        assertThat(back.get(0).topic()).isEqualTo("SOCIAL MEDIA");
        assertThat(guides.get(program.id(), social.id()).topic()).isEqualTo("SOCIAL MEDIA");
        assertThat(stored(program)).isEqualTo(3);
    }

    @Test
    void onceCreatedAProgramsGuidesAndAllTheirItemsAreReadInTwoQueries() {
        ProgramView program = fixture.program(List.of("AI", "Social media", "Gen Z", "Inclusion", "Strategy"),
                ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        guides.ofProgram(program.id());
        List<String> queries = new ArrayList<>();
        GuideStore counting = new GuideStore(jdbc, jdbcTemplate) {
            @Override
            List<StoredGuide> ofProgram(long programId) {
                queries.add("guides");
                return super.ofProgram(programId);
            }

            @Override
            Map<Long, List<GuideItem>> items(Collection<Long> guideIds) {
                queries.add("items");
                return super.items(guideIds);
            }
        };
        GuideService service = new GuideService(counting, creation, library, access, audit, clock);

        List<GuideView> read = service.ofProgram(program.id());

        assertThat(read).hasSize(5).allSatisfy(guide -> assertThat(guide.items()).hasSizeGreaterThan(10));
        assertThat(queries).containsExactly("guides", "items");
    }

    @Test
    void aProgramWithoutTopicsHasNoGuides() {
        ProgramView program = fixture.program(List.of(), ObjectiveChoice.of(Objective.INNOVATION));
        actAs(fixture.manager.auth());
        assertThat(guides.ofProgram(program.id())).isEmpty();
    }

    private String title(String code) {
        return library.byCode(code).orElseThrow().title();
    }

    private int stored(ProgramView program) {
        return jdbc.sql("select count(*) from conversation_guide where program_id = :program")
                .param("program", program.id()).query(Integer.class).single();
    }
}
