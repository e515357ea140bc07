package org.flipside.matching.review;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.flipside.matching.run.Proposal;
import org.flipside.matching.run.RunService;
import org.flipside.matching.scoring.CriterionScore;
import org.flipside.matching.scoring.Explanation;
import org.flipside.matching.scoring.ExplanationCodec;
import org.flipside.matching.scoring.ReasonText;
import org.flipside.people.Employee;
import org.flipside.shared.web.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** A run's proposals for review: named, sorted and filtered on the server, explained only for the page shown. */
@Service
public class ProposalReview {

    static final int TOP_REASONS = 3;

    private final RunService runs;
    private final RunPeople people;
    private final ReasonText reasons;
    private final MessageSource messages;

    ProposalReview(RunService runs, RunPeople people, ReasonText reasons, MessageSource messages) {
        this.runs = runs;
        this.people = people;
        this.reasons = reasons;
        this.messages = messages;
    }

    public PageOf<ProposalRow> proposals(long programId, long runId, ProposalQuery query) {
        List<Proposal> all = runs.proposals(programId, runId);
        Map<Long, Employee> named = people.of(runId);
        List<Proposal> shown = all.stream().filter(p -> matches(p, query, named)).sorted(order(query, named))
                .toList();
        int from = Math.min(shown.size(), query.page() * query.size());
        int to = Math.min(shown.size(), from + query.size());
        return new PageOf<>(shown.subList(from, to).stream().map(p -> row(p, named)).toList(), query.page(),
                query.size(), shown.size());
    }

    /** The departments of the run's people, for the filter's choices. */
    public List<String> departments(long programId, long runId) {
        runs.get(programId, runId);
        return people.of(runId).values().stream().map(Employee::department).filter(d -> d != null)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    private static boolean matches(Proposal p, ProposalQuery query, Map<Long, Employee> named) {
        if (query.minimumScore() != null && p.score() < query.minimumScore() * 10) {
            return false;
        }
        Employee mentee = named.get(p.menteeParticipantId());
        Employee mentor = named.get(p.mentorParticipantId());
        if (query.department() != null && !query.department().equals(department(mentee))
                && !query.department().equals(department(mentor))) {
            return false;
        }
        if (query.text() != null) {
            String text = query.text().toLowerCase(Locale.ROOT);
            return name(mentee, p.menteeParticipantId()).toLowerCase(Locale.ROOT).contains(text)
                    || name(mentor, p.mentorParticipantId()).toLowerCase(Locale.ROOT).contains(text);
        }
        return true;
    }

    private static Comparator<Proposal> order(ProposalQuery query, Map<Long, Employee> named) {
        Comparator<Proposal> byMentee = Comparator.comparing(p -> name(named.get(p.menteeParticipantId()),
                p.menteeParticipantId()), String.CASE_INSENSITIVE_ORDER);
        return switch (query.sort()) {
            case SCORE -> Comparator.comparingInt(Proposal::score).reversed().thenComparing(byMentee);
            case MENTEE -> byMentee;
            case MENTOR -> Comparator.<Proposal, String>comparing(p -> name(named.get(p.mentorParticipantId()),
                    p.mentorParticipantId()), String.CASE_INSENSITIVE_ORDER).thenComparing(byMentee);
            case DEPARTMENT -> Comparator.<Proposal, String>comparing(
                    p -> department(named.get(p.menteeParticipantId())), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(byMentee);
        };
    }

    ProposalRow row(Proposal p, Map<Long, Employee> named) {
        Explanation explanation = ExplanationCodec.read(p.explanation());
        Locale locale = LocaleContextHolder.getLocale();
        List<ProposalRow.CriterionRow> criteria = explanation.criteria().stream()
                .map(c -> new ProposalRow.CriterionRow(
                        messages.getMessage(c.criterion().messageKey(), null, c.criterion().name(), locale),
                        c.weight(), c.fulfilment(), c.points(), reasons.text(c.reason(), locale)))
                .toList();
        List<String> top = explanation.criteria().stream().filter(c -> c.points() > 0)
                .sorted(Comparator.comparingInt(CriterionScore::points).reversed()).limit(TOP_REASONS)
                .map(c -> reasons.text(c.reason(), locale)).toList();
        Employee mentee = named.get(p.menteeParticipantId());
        Employee mentor = named.get(p.mentorParticipantId());
        return new ProposalRow(p.menteeParticipantId(), name(mentee, p.menteeParticipantId()), department(mentee),
                p.mentorParticipantId(), name(mentor, p.mentorParticipantId()), department(mentor), p.score(),
                p.locked(), top, criteria);
    }

    static String name(Employee employee, long participantId) {
        return employee == null || employee.fullName() == null ? "#" + participantId : employee.fullName();
    }

    static String department(Employee employee) {
        return employee == null || employee.department() == null ? "" : employee.department();
    }
}
