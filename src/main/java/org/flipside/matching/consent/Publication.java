package org.flipside.matching.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.matching.MatchPerson;
import org.flipside.matching.MatchProposed;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.matching.consent.RunRecords.Proposal;
import org.flipside.matching.seat.SeatClaim;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a run turns each of its proposals into a match both people answer. All or nothing: when any mentee is
 * already matched or any mentor has no free seat left (another run or a mentee's request came first), nothing is
 * published and the refusal names the people.
 */
@Service
public class Publication {

    private final Programs programs;
    private final RunRecords runs;
    private final MatchStore matches;
    private final SeatLedger seats;
    private final MatchPeople people;
    private final MatchingSettingsService settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SeatRefusals refusals;
    private final MentorCapacities capacities;
    private final java.time.Clock clock;

    Publication(Programs programs, RunRecords runs, MatchStore matches, SeatLedger seats, MatchPeople people,
                MatchingSettingsService settings, AuditLog audit, ApplicationEventPublisher events, SeatRefusals refusals,
                MentorCapacities capacities, java.time.Clock clock) {
        this.programs = programs;
        this.runs = runs;
        this.matches = matches;
        this.seats = seats;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.refusals = refusals;
        this.capacities = capacities;
        this.clock = clock;
    }

    /** Publishes the run's proposals; returns how many matches now wait for answers. */
    @Transactional
    public Published publish(long programId, long runId) {
        ProgramView program = programs.get(programId);
        if (!programs.managedByCurrentUser(programId)) {
            throw new AccessDeniedException("Only the program's managers publish its matching runs.");
        }
        if (program.state() != ProgramState.MATCHING && program.state() != ProgramState.RUNNING) {
            throw new RuleViolationException("matching.publish.programState",
                    "Matches are published while the program is matching or running.");
        }
        RunRecords.Run run = runs.lock(programId, runId).orElseThrow(() -> new NotFoundException("Matching run", runId));
        if (run.published()) {
            throw new RuleViolationException("matching.publish.already", "This run is already published.");
        }
        if (!run.done()) {
            throw new RuleViolationException("matching.publish.unfinished",
                    "Only a run that finished with proposals can be published.");
        }
        List<Proposal> proposals = runs.proposals(runId);
        if (proposals.isEmpty()) {
            throw new RuleViolationException("matching.publish.empty", "This run proposes no pairs to publish.");
        }
        Set<Long> involved = new HashSet<>();
        proposals.forEach(p -> {
            involved.add(p.menteeParticipantId());
            involved.add(p.mentorParticipantId());
        });
        // Lock everyone before checking and inserting, so a concurrent publication or request waits for this one
        // and the check below sees what it left.
        seats.lock(involved);
        Map<Long, Named> named = people.of(involved);
        Map<Long, Integer> seatsOf = new HashMap<>();
        proposals.forEach(p -> seatsOf.computeIfAbsent(p.mentorParticipantId(),
                mentor -> capacities.of(program, mentor)));
        refuseConflicts(program, proposals, seatsOf, named);

        Instant now = clock.instant();
        Instant respondBy = now.plus(Duration.ofDays(settings.effective(program).responseDays()));
        String actor = Actor.name();
        List<MentorMatch> created = new ArrayList<>();
        List<SeatClaim> claims = new ArrayList<>();
        for (Proposal p : proposals) {
            MentorMatch match = matches.insert(new MentorMatch(0, programId, runId, p.menteeParticipantId(),
                    p.mentorParticipantId(), MatchOrigin.PUBLISHED, MatchState.PROPOSED, p.score(), p.explanation(),
                    null, null, null, null, null, respondBy, now, actor, null, 0));
            created.add(match);
            claims.add(new SeatClaim(match.id(), p.mentorParticipantId(), p.menteeParticipantId(),
                    seatsOf.get(p.mentorParticipantId())));
        }
        try {
            seats.claimAll(claims);
        } catch (RuleViolationException e) {
            // Someone else's publication or request took a seat after the check above: name who, publish nothing.
            throw conflict(List.of(refusals.of(e, named, seatsOf)));
        }
        runs.markPublished(runId, now, actor);
        audit.success("MATCHING_RUN_PUBLISHED", "MatchingRun", runId,
                "program=" + programId + " matches=" + created.size() + " respondBy=" + respondBy);
        for (MentorMatch match : created) {
            events.publishEvent(new MatchProposed(match.id(), programId, program.name(), false,
                    person(named, match.menteeParticipantId()), person(named, match.mentorParticipantId()),
                    respondBy));
        }
        return new Published(runId, created.size(), now, respondBy);
    }

    /** Names every mentee who already has an open match, every mentor short of seats, everyone who left. */
    private void refuseConflicts(ProgramView program, List<Proposal> proposals, Map<Long, Integer> capacities,
                                 Map<Long, Named> named) {
        Set<Long> stillIn = new HashSet<>(people.stillIn(program.id()));
        Set<String> problems = new LinkedHashSet<>();
        Map<Long, Integer> wanted = new HashMap<>();
        for (Proposal p : proposals) {
            for (long id : List.of(p.menteeParticipantId(), p.mentorParticipantId())) {
                if (!stillIn.contains(id)) {
                    problems.add(refusals.left(name(named, id)));
                }
            }
            if (seats.menteeSeated(p.menteeParticipantId())) {
                problems.add(refusals.menteeTaken(name(named, p.menteeParticipantId())));
            }
            wanted.merge(p.mentorParticipantId(), 1, Integer::sum);
        }
        wanted.forEach((mentor, count) -> {
            int capacity = capacities.get(mentor);
            if (seats.taken(mentor) + count > capacity) {
                problems.add(refusals.mentorFull(name(named, mentor), capacity));
            }
        });
        if (!problems.isEmpty()) {
            throw conflict(new ArrayList<>(problems));
        }
    }

    private RuleViolationException conflict(List<String> problems) {
        String joined = String.join(" ", problems);
        return new RuleViolationException("matching.publish.conflict", "Nothing was published. " + joined, joined);
    }

    private static String name(Map<Long, Named> named, long id) {
        return named.getOrDefault(id, Named.unknown(id)).fullName();
    }

    private static MatchPerson person(Map<Long, Named> named, long id) {
        return named.getOrDefault(id, Named.unknown(id)).person();
    }

    /** The outcome of a publication. */
    public record Published(long runId, int matches, Instant publishedAt, Instant respondBy) {
    }
}
