package org.flipside.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.flipside.people.EmploymentHistory;
import org.junit.jupiter.api.Test;

/**
 * The generated careers give the outcomes report something to show: over the months since a program started, its
 * participants left less often and were promoted more often than everyone else who worked here on the start day, and
 * nobody left before the program's invitation or a program not yet started.
 */
class OrganisationGeneratorCareersTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void participantsLeaveLessAndArePromotedMoreThanTheRest() {
        Random random = new Random(3);
        DirectoryPart.People people = DirectoryPart.plan("C", 30_000, random, NOW);
        ProgramPart.Program running = program(NOW.minusDays(180), true, people.seniors().subList(0, 3_000));
        ProgramPart.Program upcoming = program(NOW.plusDays(30), false, people.juniors().subList(0, 500));

        EmploymentHistory[] histories = CareerPart.decide(people, List.of(running, upcoming), random,
                NOW.toLocalDate());

        LocalDate start = running.start().toLocalDate();
        LocalDate today = NOW.toLocalDate();
        List<EmploymentHistory> participants = new ArrayList<>();
        List<EmploymentHistory> others = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (running.roster().contains(i)) {
                participants.add(histories[i]);
                assertThat(histories[i].employedOn(start)).isTrue();
            } else if (upcoming.roster().contains(i)) {
                assertThat(histories[i].leaveDate()).isNull();
            } else if (histories[i].employedOn(start)) {
                others.add(histories[i]);
            }
        }
        Predicate<EmploymentHistory> left = h -> h.leftBy(today);
        Predicate<EmploymentHistory> promoted = h -> h.promotedBetween(start, today);
        double participantsLeft = share(participants, left);
        double othersLeft = share(others, left);
        double participantsPromoted = share(participants, promoted);
        double othersPromoted = share(others, promoted);

        // the yearly rates over half a year: about 3 % against 5 % left, 7 % against 4 % promoted
        assertThat(participantsLeft).isPositive().isLessThan(othersLeft - 0.01);
        assertThat(participantsPromoted).isGreaterThan(othersPromoted + 0.015);
        assertThat(othersPromoted).isPositive();
    }

    private static ProgramPart.Program program(OffsetDateTime start, boolean running, List<Integer> people) {
        List<long[]> approved = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            approved.add(new long[]{i + 1, people.get(i), 0});
        }
        return new ProgramPart.Program(1, "MONTHLY", start, running, approved, new ArrayList<>(people));
    }

    private static double share(List<EmploymentHistory> group, Predicate<EmploymentHistory> did) {
        return (double) group.stream().filter(did).count() / group.size();
    }
}
