package org.flipside.matching.selfmatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.matching.MatchPerson;
import org.flipside.matching.MatchProposed;
import org.flipside.matching.consent.Answer;
import org.flipside.matching.consent.MatchOrigin;
import org.flipside.matching.consent.MatchPeople;
import org.flipside.matching.consent.MatchPeople.Named;
import org.flipside.matching.consent.MatchReasons;
import org.flipside.matching.consent.MatchState;
import org.flipside.matching.consent.MatchStore;
import org.flipside.matching.consent.MentorCapacities;
import org.flipside.matching.consent.MentorMatch;
import org.flipside.matching.consent.MyMatchView;
import org.flipside.matching.consent.MyMatches;
import org.flipside.matching.optimiser.PairScores;
import org.flipside.matching.scoring.Cohort;
import org.flipside.matching.scoring.Explanation;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.seat.SeatClaim;
import org.flipside.matching.seat.SeatLedger;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.matching.settings.MatchingSettingsService;
import org.flipside.program.Enrollment;
import org.flipside.program.MyParticipation;
import org.flipside.program.ParticipantState;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-match: in a program that lets mentees choose, an approved mentee browses the mentors they may be matched with,
 * best first, and requests one. Every hard constraint and the mentor's capacity are checked again on the request,
 * under the seat locks, whatever the page showed.
 */
@Service
@Transactional(readOnly = true)
public class SelfMatch {

    private final Enrollment enrollment;
    private final Programs programs;
    private final MatchingSettingsService settings;
    private final SuggestionCohort cohorts;
    private final MentorCapacities capacities;
    private final SeatLedger seats;
    private final MatchStore matches;
    private final MatchPeople people;
    private final MatchReasons reasons;
    private final RequestRefusals refusals;
    private final MyMatches myMatches;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    SelfMatch(Enrollment enrollment, Programs programs, MatchingSettingsService settings, SuggestionCohort cohorts,
              MentorCapacities capacities, SeatLedger seats, MatchStore matches, MatchPeople people,
              MatchReasons reasons, RequestRefusals refusals, MyMatches myMatches, AuditLog audit,
              ApplicationEventPublisher events, java.time.Clock clock) {
        this.enrollment = enrollment;
        this.programs = programs;
        this.settings = settings;
        this.cohorts = cohorts;
        this.capacities = capacities;
        this.seats = seats;
        this.matches = matches;
        this.people = people;
        this.reasons = reasons;
        this.refusals = refusals;
        this.myMatches = myMatches;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Suggestions suggestions(long menteeParticipantId) {
        Context context = context(menteeParticipantId);
        SuggestionCohort.Built built = cohorts.build(context.program(), menteeParticipantId, context.questions(),
                context.settings());
        Cohort cohort = built.cohort();
        Map<Long, Named> named = people.of(built.mentorIds());
        List<Suggestion> found = new ArrayList<>();
        for (int j = 0; j < cohort.mentors(); j++) {
            long mentor = built.mentorIds().get(j);
            int score = cohort.score(0, j);
            int free = capacities.of(context.program(), mentor) - seats.taken(mentor);
            if (score == PairScores.FORBIDDEN || free <= 0) {
                continue;
            }
            Named n = named.getOrDefault(mentor, Named.unknown(mentor));
            found.add(new Suggestion(mentor, n.fullName(), n.jobTitle(), n.department(), score / 10.0,
                    reasons.forPartners(cohort.explain(0, j)), free));
        }
        found.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::fullName));
        Long open = matches.ofParticipants(List.of(menteeParticipantId)).stream()
                .filter(m -> m.state().open() || m.state() == MatchState.CONFIRMED).map(MentorMatch::id)
                .findFirst().orElse(null);
        return new Suggestions(menteeParticipantId, context.program().id(), context.program().name(), open, found);
    }

    @Transactional
    public MyMatchView request(long menteeParticipantId, long mentorParticipantId) {
        Context context = context(menteeParticipantId);
        ProgramView program = context.program();
        // Lock both first: a second request for the same last seat waits here and then sees it taken.
        seats.lock(List.of(menteeParticipantId, mentorParticipantId));
        SuggestionCohort.Built built = cohorts.build(program, menteeParticipantId, context.questions(),
                context.settings());
        int j = built.indexOf(mentorParticipantId);
        if (j < 0) {
            throw new NotFoundException("Mentor", mentorParticipantId);
        }
        Explanation explanation = built.cohort().explain(0, j);
        Named mentor = people.of(List.of(mentorParticipantId)).getOrDefault(mentorParticipantId,
                Named.unknown(mentorParticipantId));
        if (!explanation.allowed()) {
            throw refusals.notAllowed(explanation.block(), mentor.fullName());
        }
        if (seats.menteeSeated(menteeParticipantId)) {
            throw new RuleViolationException("matching.self.oneOpen",
                    "You already have an open request or match in this program.");
        }
        int capacity = capacities.of(program, mentorParticipantId);
        if (seats.taken(mentorParticipantId) >= capacity) {
            throw refusals.mentorFull(mentor.fullName(), capacity);
        }
        Instant now = clock.instant();
        Instant respondBy = now.plus(Duration.ofDays(context.settings().responseDays()));
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        MentorMatch match = matches.insert(new MentorMatch(0, program.id(), null, menteeParticipantId,
                mentorParticipantId, MatchOrigin.REQUESTED, MatchState.REQUESTED, explanation.score(),
                ExplanationCodec.write(explanation), Answer.ACCEPT, now, null, null, null, respondBy, now, actor,
                null, 0));
        seats.claim(new SeatClaim(match.id(), mentorParticipantId, menteeParticipantId, capacity));
        audit.success("MENTOR_REQUESTED", MatchStore.KIND, match.id(),
                "program=" + program.id() + " mentor=" + mentorParticipantId);
        Named mentee = people.of(List.of(menteeParticipantId)).getOrDefault(menteeParticipantId,
                Named.unknown(menteeParticipantId));
        events.publishEvent(new MatchProposed(match.id(), program.id(), program.name(), true,
                new MatchPerson(menteeParticipantId, mentee.fullName(), mentee.email()),
                new MatchPerson(mentorParticipantId, mentor.fullName(), mentor.email()), respondBy));
        return myMatches.one(match.id());
    }

    /** The caller's approved mentee participations in programs where mentees choose and matching is on now. */
    public List<org.flipside.program.ParticipantView> choosing() {
        List<org.flipside.program.ParticipantView> choosing = new ArrayList<>();
        for (var participant : enrollment.mine()) {
            if (participant.side() == Side.MENTEE && participant.state() == ParticipantState.APPROVED) {
                ProgramView program = programs.get(participant.programId());
                if ((program.state() == ProgramState.MATCHING || program.state() == ProgramState.RUNNING)
                        && settings.effective(program).selfMatch()) {
                    choosing.add(participant);
                }
            }
        }
        return choosing;
    }

    /** The caller's own approved mentee participation in a program that is matching and lets mentees choose. */
    private Context context(long menteeParticipantId) {
        MyParticipation mine = enrollment.myParticipation(menteeParticipantId);
        if (mine.participant().side() != Side.MENTEE || mine.participant().state() != ParticipantState.APPROVED) {
            throw new RuleViolationException("matching.self.notMentee",
                    "Only approved mentees choose a mentor.");
        }
        ProgramView program = programs.get(mine.participant().programId());
        MatchingSettings programSettings = settings.effective(program);
        if (!programSettings.selfMatch()) {
            throw new RuleViolationException("matching.self.off", "In this program the managers propose the matches.");
        }
        if (program.state() != ProgramState.MATCHING && program.state() != ProgramState.RUNNING) {
            throw new RuleViolationException("matching.self.notMatching", "This program is not matching now.");
        }
        return new Context(program, programSettings, mine.questions());
    }

    private record Context(ProgramView program, MatchingSettings settings, List<org.flipside.program.Question> questions) {
    }
}
