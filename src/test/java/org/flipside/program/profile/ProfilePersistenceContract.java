package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.AvailabilitySlot;
import org.flipside.program.MeetingMode;
import org.flipside.program.ParticipantProfiles;
import org.flipside.program.ProfileSnapshot;
import org.flipside.program.ProgramTestUsers;
import org.flipside.program.Programs;
import org.flipside.program.SkillRating;
import org.flipside.program.WorkStyleDimension;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.StaleEditException;
import org.flipside.testing.TestAccounts;
import org.flipside.testing.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Profiles and the skill taxonomy survive the round trip on every database: every field, replacement of the parts
 * on a second save, stale saves refused without overwriting, custom and retired skills.
 */
abstract class ProfilePersistenceContract {

    @Autowired
    ProfileStore store;
    @Autowired
    ProfileService service;
    @Autowired
    ParticipantProfiles participantProfiles;
    @Autowired
    SkillCatalogue catalogue;
    @Autowired
    Programs programs;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    AccountView lea;
    long programId;
    long participantId;
    String number;
    String other;

    @BeforeEach
    void participant() {
        programId = ProfileFixtures.program(programs, Unique.username("pm"));
        lea = TestAccounts.open(accounts, "lea", Role.EMPLOYEE);
        number = ProfileFixtures.employee(directory, "Lea Martin", lea.email());
        other = ProfileFixtures.employee(directory, "Omar Said", Unique.username("omar") + "@example.org");
        participantId = ProfileFixtures.participant(jdbc, programId, number, "MENTOR", "APPROVED");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static ProfileContent full(String avoid) {
        return new ProfileContent(
                List.of(new SkillRating("prompt-writing", 5), new SkillRating("short-video", 3)),
                List.of(new SkillRating("delegation", 2)),
                "Climbing, podcasts about cities",
                Map.of(1, 5, 2, 4, 3, 1, 4, 2, 5, 3),
                "Europe/Paris",
                List.of(new AvailabilitySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 30)),
                        new AvailabilitySlot(DayOfWeek.THURSDAY, LocalTime.of(16, 15), LocalTime.of(17, 0))),
                MeetingMode.VIDEO, List.of("en", "fr"), List.of(avoid));
    }

    @Test
    void aProfileNeverSavedIsEmptyAtVersionZero() {
        StoredProfile profile = store.load(participantId);

        assertThat(profile.version()).isZero();
        assertThat(profile.content()).isEqualTo(ProfileContent.empty());
    }

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        ProfileContent content = full(other);

        long version = store.save(participantId, content, 0, Instant.now(), "lea");

        StoredProfile loaded = store.load(participantId);
        assertThat(version).isEqualTo(1);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(loaded.content()).isEqualTo(content);
    }

    @Test
    void aWholeProgramLoadsTheSameProfilesAsOneByOne() {
        store.save(participantId, full(other), 0, Instant.now(), "lea");
        long second = ProfileFixtures.participant(jdbc, programId, other, "MENTEE", "APPROVED");
        store.save(second, new ProfileContent(List.of(new SkillRating("delegation", 4)), List.of(), null, Map.of(3, 2),
                null, List.of(), MeetingMode.EITHER, List.of("de"), List.of()), 0, Instant.now(), "omar");
        String third = ProfileFixtures.employee(directory, "Ines Vidal", Unique.username("ines") + "@example.org");
        long neverSaved = ProfileFixtures.participant(jdbc, programId, third, "MENTOR", "APPLIED");
        long elsewhere = ProfileFixtures.participant(jdbc, ProfileFixtures.program(programs, Unique.username("pm")),
                number, "MENTOR", "APPROVED");
        store.save(elsewhere, full(other), 0, Instant.now(), "lea");

        Map<Long, StoredProfile> program = store.loadProgram(programId);

        assertThat(program).containsOnlyKeys(participantId, second);
        assertThat(program.get(participantId)).isEqualTo(store.load(participantId));
        assertThat(program.get(second)).isEqualTo(store.load(second));
        assertThat(program).doesNotContainKey(neverSaved);
    }

    @Test
    void aSecondSaveReplacesEveryPartAndCountsTheVersionUp() {
        store.save(participantId, full(other), 0, Instant.now(), "lea");
        ProfileContent second = new ProfileContent(List.of(new SkillRating("storytelling", 4)), List.of(), null,
                Map.of(20, 1), null, List.of(), null, List.of("de"), List.of());

        store.save(participantId, second, 1, Instant.now(), "lea");

        StoredProfile loaded = store.load(participantId);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.content()).isEqualTo(second);
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        store.save(participantId, full(other), 0, Instant.now(), "lea");
        store.save(participantId, full(other), 1, Instant.now(), "lea");
        ProfileContent late = new ProfileContent(List.of(), List.of(), "late", Map.of(), null, List.of(), null, List.of(), List.of());

        assertThatThrownBy(() -> store.save(participantId, late, 1, Instant.now(), "lea")).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> store.save(participantId, late, 0, Instant.now(), "lea")).isInstanceOf(StaleEditException.class);

        StoredProfile loaded = store.load(participantId);
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.content()).isEqualTo(full(other));
    }

    @Test
    void matchingSeesTheWholeProfileWithScoresAndTheDoNotMatchList() {
        store.save(participantId, full(other), 0, Instant.now(), "lea");
        long withdrawn = ProfileFixtures.participant(jdbc, programId, other, "MENTEE", "WITHDRAWN");

        ProfileSnapshot snapshot = participantProfiles.snapshot(participantId).orElseThrow();

        assertThat(snapshot.doNotMatch()).containsExactly(other);
        assertThat(snapshot.side()).isEqualTo(org.flipside.program.Side.MENTOR);
        assertThat(snapshot.answers()).isEmpty();
        assertThat(snapshot.offered()).containsExactly(new SkillRating("prompt-writing", 5), new SkillRating("short-video", 3));
        assertThat(snapshot.workStyle()).containsOnlyKeys(WorkStyleDimension.STRUCTURE);
        assertThat(snapshot.completeness()).isEqualTo(85);
        assertThat(participantProfiles.snapshots(programId)).extracting(ProfileSnapshot::participantId)
                .containsExactly(participantId).doesNotContain(withdrawn);
    }

    @Test
    void administratorsAddCustomSkillsAndRetireSkills() {
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn(Unique.username("admin"), Role.ADMIN));
        String code = "team-" + Unique.username("pod").replace('.', '-');

        Skill added = catalogue.add(new NewSkill(code, "Team podcasts", SkillCategory.SOCIAL_MEDIA));
        assertThat(added).isEqualTo(new Skill(code, SkillCategory.SOCIAL_MEDIA, "Team podcasts", false, false));
        assertThat(catalogue.offered()).contains(added);

        catalogue.retire(code);

        assertThat(catalogue.find(code)).hasValueSatisfying(skill -> assertThat(skill.retired()).isTrue());
        assertThat(catalogue.offered()).extracting(Skill::code).doesNotContain(code);
        assertThat(catalogue.all()).extracting(Skill::code).contains(code);
    }

    @Test
    void theShippedTaxonomyHasSixtySkillsInEveryCategory() {
        List<Skill> shipped = catalogue.all().stream().filter(Skill::shipped).toList();

        assertThat(shipped).hasSize(60);
        assertThat(shipped).extracting(Skill::category).contains(SkillCategory.values());
    }

    @Test
    void aRetiredSkillStaysOnTheProfilesThatHaveItButCannotBeNewlyChosen() {
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn(Unique.username("admin"), Role.ADMIN));
        String kept = "kept-" + Unique.username("s").replace('.', '-');
        String fresh = "fresh-" + Unique.username("s").replace('.', '-');
        catalogue.add(new NewSkill(kept, "Kept skill", SkillCategory.LEADERSHIP));
        catalogue.add(new NewSkill(fresh, "Fresh skill", SkillCategory.LEADERSHIP));
        store.save(participantId, new ProfileContent(List.of(new SkillRating(kept, 3)), null, null, null, null, null,
                null, null, null), 0, Instant.now(), "lea");
        catalogue.retire(kept);
        catalogue.retire(fresh);
        ProgramTestUsers.actAs(ProgramTestUsers.signedIn(lea.username(), Role.EMPLOYEE));

        ProfileView saved = service.save(participantId, new ProfileContent(List.of(new SkillRating(kept, 4)), null,
                null, null, null, null, null, null, null), 1);
        assertThat(saved.offered()).containsExactly(new SkillRating(kept, 4));

        assertThatThrownBy(() -> service.save(participantId, new ProfileContent(List.of(new SkillRating(kept, 4),
                new SkillRating(fresh, 2)), null, null, null, null, null, null, null, null), 2))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + " " + p.code()).containsExactly("offered[1].skill profile.skill.retired"));
    }
}
