package org.flipside.demo.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.flipside.people.NewEmployee;

/** What the steps of one seeding run share: the day it runs, the people made, the accounts opened and the
 * program that awaits its participants. */
final class DemoSeeding {

    private final LocalDate today;
    private final List<NewEmployee> people = new ArrayList<>();
    private final List<DemoCredential> credentials = new ArrayList<>();
    private Long programToMatch;
    private Long programToPair;

    DemoSeeding(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    List<NewEmployee> people() {
        return List.copyOf(people);
    }

    void addPeople(List<NewEmployee> added) {
        people.addAll(added);
    }

    /** The first person, in directory order, who fits; steps use it to cast demo characters. */
    Optional<NewEmployee> firstPerson(Predicate<NewEmployee> fits) {
        return people.stream().filter(fits).findFirst();
    }

    List<DemoCredential> credentials() {
        return List.copyOf(credentials);
    }

    void addCredential(DemoCredential credential) {
        credentials.add(credential);
    }

    /** The program left ENROLLING for the participants step, which enrols people and then moves it to MATCHING. */
    Optional<Long> programToMatch() {
        return Optional.ofNullable(programToMatch);
    }

    void setProgramToMatch(long programId) {
        programToMatch = programId;
    }

    /** The program left ENROLLING for the pairs step, which enrols a few people, pairs them and starts it. */
    Optional<Long> programToPair() {
        return Optional.ofNullable(programToPair);
    }

    void setProgramToPair(long programId) {
        programToPair = programId;
    }
}
