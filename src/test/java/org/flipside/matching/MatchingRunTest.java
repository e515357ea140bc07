package org.flipside.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.matching.fairness.FairnessReport;
import org.flipside.matching.fairness.FairnessService;
import org.flipside.matching.fairness.GroupFigures;
import org.flipside.matching.review.RunComparison;
import org.flipside.matching.review.SwapService;
import org.flipside.matching.rule.RuleKind;
import org.flipside.matching.rule.RuleService;
import org.flipside.matching.run.MatchingRun;
import org.flipside.matching.run.Proposal;
import org.flipside.matching.run.RunService;
import org.flipside.matching.run.RunState;
import org.flipside.matching.run.Unmatched;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.program.profile.ProfileService;
import org.flipside.shared.RuleViolationException;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A real small cohort from profiles to proposals: locks are kept, bans and capacities respected, the optimum is
 * certified, the unmatched say why; then swaps, re-runs, comparison and the fairness report on the same runs.
 */
class MatchingRunTest extends WebTestBase {

    @Autowired
    RunService runs;
    @Autowired
    RuleService rules;
    @Autowired
    SwapService swaps;
    @Autowired
    RunComparison comparison;
    @Autowired
    FairnessService fairness;
    @Autowired
    MatchingSettingsService settings;
    @Autowired
    Programs programs;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcClient jdbc;

    MatchingFixture fixture;
    String sales = "Sales " + Unique.username("d");
    String legal = "Legal " + Unique.username("d");

    @BeforeEach
    void fixture() {
        fixture = new MatchingFixture(accounts, directory, programs, profiles, jdbc);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRunKeepsLocksAndBansFillsCapacitiesCertifiesTheOptimumAndExplainsTheUnmatched() {
        var r1 = fixture.mentor(sales, "cloud-files", "video-editing");
        var r2 = fixture.mentor(sales, "cloud-files");
        var r3 = fixture.mentor(legal, "video-editing");
        var r4 = fixture.mentor(legal, "online-research");
        var e1 = fixture.mentee(sales, "video-editing");
        var e2 = fixture.mentee(sales, "cloud-files");
        var e3 = fixture.mentee(sales, "cloud-files", "video-editing");
        var e5 = fixture.mentee(sales, "online-research");
        var e6 = fixture.mentee(legal, "cloud-files");
        // Grade 4 is one above the mentors' 3, and the program wants two: nobody may mentor this mentee.
        var e4 = fixture.participant("MENTEE", legal, 4, null, List.of(), List.of("cloud-files"));
        long program = fixture.program.id();
        fixture.actAsManager();
        settings.setCapacity(program, r1.id(), 2);
        rules.put(program, e1.id(), r3.id(), RuleKind.LOCK);
        rules.put(program, e2.id(), r1.id(), RuleKind.FORBID);
        assertThatThrownBy(() -> rules.put(program, e4.id(), r2.id(), RuleKind.LOCK))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("matching.rule.lockBlocked"));

        MatchingRun run = finished(runs.start(program));

        assertThat(run.state()).as(run.failure()).isEqualTo(RunState.DONE);
        assertThat(run.certified()).isTrue();
        assertThat(run.mentees()).isEqualTo(6);
        assertThat(run.mentors()).isEqualTo(4);
        List<Proposal> proposals = runs.proposals(program, run.id());
        Map<Long, Proposal> byMentee = proposals.stream()
                .collect(Collectors.toMap(Proposal::menteeParticipantId, Function.identity()));
        assertThat(run.matched()).isEqualTo(5).isEqualTo(proposals.size());
        assertThat(run.totalScore()).isEqualTo(proposals.stream().mapToLong(Proposal::score).sum());
        assertThat(byMentee.get(e1.id())).extracting(Proposal::mentorParticipantId, Proposal::locked)
                .containsExactly(r3.id(), true);
        assertThat(byMentee.get(e2.id()).mentorParticipantId()).isNotEqualTo(r1.id());
        Map<Long, Long> load = proposals.stream()
                .collect(Collectors.groupingBy(Proposal::mentorParticipantId, Collectors.counting()));
        assertThat(load).containsEntry(r1.id(), 2L).containsEntry(r2.id(), 1L).containsEntry(r3.id(), 1L)
                .containsEntry(r4.id(), 1L);
        assertThat(proposals).allSatisfy(p -> assertThat(p.explanation()).contains(String.valueOf(p.score())));
        assertThat(runs.unmatched(program, run.id())).singleElement().satisfies(u -> {
            assertThat(u).extracting(Unmatched::participantId, Unmatched::side, Unmatched::reason)
                    .containsExactly(e4.id(), Side.MENTEE, "NO_ALLOWED_PARTNER");
            assertThat(u.detail()).isEqualTo("No mentor allowed: 4 grade gap too small.");
        });

        // The forbidden pair may not come back by a swap; a permitted swap is stored and marks the run edited.
        long onR1 = proposals.stream().filter(p -> p.mentorParticipantId() == r1.id()).findFirst().orElseThrow()
                .menteeParticipantId();
        assertThatThrownBy(() -> swaps.swap(program, run.id(), e2.id(), onR1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("matching.swap.blocked"));
        assertThat(runs.proposals(program, run.id())).as("unchanged").isEqualTo(proposals);
        long e2Mentor = byMentee.get(e2.id()).mentorParticipantId();
        long partner = proposals.stream().filter(p -> p.mentorParticipantId() != e2Mentor && !p.locked()
                && p.mentorParticipantId() != r1.id()).findFirst().orElseThrow().menteeParticipantId();
        swaps.swap(program, run.id(), e2.id(), partner);
        assertThat(runs.get(program, run.id()).editedAt()).isNotNull();
        assertThat(runs.proposals(program, run.id()).stream().filter(p -> p.menteeParticipantId() == partner)
                .findFirst().orElseThrow().mentorParticipantId()).isEqualTo(e2Mentor);

        // Re-running keeps the lock; the comparison accounts for every pair of the new run.
        MatchingRun again = finished(runs.start(program));
        assertThat(runs.proposals(program, again.id())).filteredOn(p -> p.menteeParticipantId() == e1.id())
                .singleElement().extracting(Proposal::mentorParticipantId, Proposal::locked)
                .containsExactly(r3.id(), true);
        RunComparison.Comparison compared = comparison.compare(program, run.id(), again.id());
        assertThat(compared.kept() + compared.changed() + compared.added()).isEqualTo(again.matched());

        // Five sales mentees and one in legal: legal is withheld, and so is sales, whose figures minus the
        // total would reveal the one; a filter to legal would describe a single person and is withheld whole.
        FairnessReport report = fairness.report(program, again.id(), null);
        assertThat(report.withheld()).isFalse();
        assertThat(report.histogram().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(report.breakdowns()).filteredOn(b -> b.side().equals("MENTEE") && b.attribute().equals("department"))
                .singleElement().satisfies(b -> assertThat(b.groups()).allMatch(GroupFigures::withheld));
        assertThat(report.breakdowns()).filteredOn(b -> b.side().equals("MENTEE") && b.attribute().equals("level"))
                .singleElement().satisfies(b -> assertThat(b.groups()).allMatch(GroupFigures::withheld));
        assertThat(report.breakdowns()).filteredOn(b -> b.side().equals("MENTEE") && b.attribute().equals("location"))
                .singleElement().satisfies(b -> assertThat(b.groups()).singleElement()
                        .extracting(GroupFigures::withheld, GroupFigures::people, GroupFigures::matched)
                        .containsExactly(false, 6, 5));
        FairnessReport isolating = fairness.report(program, again.id(), legal);
        assertThat(isolating.withheld()).isTrue();
        assertThat(isolating.histogram()).isEmpty();
        assertThat(isolating.breakdowns()).isEmpty();
    }

    @Test
    void aRunDoesNotStartWhileALockBreaksAHardRuleUnderSettingsChangedSince() {
        var mentor = fixture.mentor(sales, "cloud-files");
        var mentee = fixture.mentee(legal, "cloud-files");
        long program = fixture.program.id();
        fixture.actAsManager();
        rules.put(program, mentee.id(), mentor.id(), RuleKind.LOCK);
        MatchingSettings current = settings.get(program);
        // Mentees are grade 9 and mentors grade 3: a gap of seven levels rules the locked pair out.
        settings.update(program, new MatchingSettings(current.criteria(), current.workStyle(), current.chainLevels(),
                7, current.avoidEarlierPairs(), current.priority(), current.selfMatch(), current.responseDays(),
                current.questionLinks(), current.version()), current.version());

        assertThatThrownBy(() -> runs.start(program)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo("matching.run.lockBroken");
            assertThat(e.getMessage()).contains("Person " + mentee.number() + " – Person " + mentor.number());
        });
        assertThat(runs.list(program)).isEmpty();

        rules.remove(program, mentee.id(), mentor.id());
        assertThat(finished(runs.start(program)).state()).isEqualTo(RunState.DONE);
    }

    @Test
    void aSecondRunWaitsForTheFirstOnlyByRefusingToStartWhileItIsUnfinished() {
        fixture.mentor(sales, "cloud-files");
        fixture.mentee(sales, "cloud-files");
        long program = fixture.program.id();
        fixture.actAsManager();
        MatchingRun first = runs.start(program);
        if (!runs.get(program, first.id()).state().finished()) {
            assertThatThrownBy(() -> runs.start(program)).isInstanceOfSatisfying(RuleViolationException.class,
                    e -> assertThat(e.code()).isEqualTo("matching.run.busy"));
        }
        assertThat(finished(first).state()).isEqualTo(RunState.DONE);
    }

    private MatchingRun finished(MatchingRun run) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        MatchingRun now = runs.get(run.programId(), run.id());
        while (!now.state().finished() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            now = runs.get(run.programId(), run.id());
        }
        return now;
    }
}
