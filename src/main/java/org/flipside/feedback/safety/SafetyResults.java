package org.flipside.feedback.safety;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flipside.feedback.SafetyTrendPoint;
import org.flipside.feedback.SafetyTrends;
import org.flipside.feedback.safety.AnswerStore.Tally;
import org.flipside.feedback.safety.RoundResult.StatementResult;
import org.flipside.shared.privacy.SmallGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program's managers' view of the pulse: per round, how many were invited and answered, and — only over enough
 * respondents — the mean per statement and overall and how the values were spread.
 */
@Service
@Transactional(readOnly = true)
public class SafetyResults implements SafetyTrends {

    private final ManagerGate gate;
    private final InvitationStore invitations;
    private final AnswerStore answers;

    SafetyResults(ManagerGate gate, InvitationStore invitations, AnswerStore answers) {
        this.gate = gate;
        this.invitations = invitations;
        this.answers = answers;
    }

    /** Every round of the program so far, oldest first. */
    public List<RoundResult> rounds(long programId) {
        gate.requireManager(programId);
        return computed(programId);
    }

    private List<RoundResult> computed(long programId) {
        Map<Integer, Long> invited = new TreeMap<>();
        invitations.invitedPerRound(programId).forEach(row -> invited.put((int) row[0], row[1]));
        // counts[round][statement][value]: how often each value was chosen.
        Map<Integer, long[][]> counts = new TreeMap<>();
        for (Tally tally : answers.tallies(programId)) {
            counts.computeIfAbsent(tally.round(), r -> new long[PulseStatements.COUNT + 1][PulseStatements.HIGHEST + 1])
                    [tally.statement()][tally.value()] += tally.answers();
            invited.putIfAbsent(tally.round(), 0L);
        }
        List<RoundResult> rounds = new ArrayList<>();
        invited.forEach((round, asked) -> rounds.add(round(round, asked, counts.get(round))));
        return rounds;
    }

    @Override
    public List<SafetyTrendPoint> of(long programId) {
        return points(rounds(programId));
    }

    @Override
    public List<SafetyTrendPoint> aggregated(long programId) {
        return points(computed(programId));
    }

    private static List<SafetyTrendPoint> points(List<RoundResult> rounds) {
        return rounds.stream()
                .map(r -> new SafetyTrendPoint(r.round(), r.invited(), r.respondents(), r.mean())).toList();
    }

    private static RoundResult round(int round, long invited, long[][] counts) {
        long respondents = 0;
        if (counts != null) {
            for (int value = PulseStatements.LOWEST; value <= PulseStatements.HIGHEST; value++) {
                respondents += counts[1][value];
            }
        }
        int rate = invited == 0 ? 0 : (int) Math.round(100.0 * respondents / invited);
        if (!SmallGroups.mayShow(respondents)) {
            return new RoundResult(round, invited, respondents, rate, true, null, List.of());
        }
        List<StatementResult> statements = new ArrayList<>();
        long total = 0;
        for (int statement = 1; statement <= PulseStatements.COUNT; statement++) {
            long sum = 0;
            List<Long> distribution = new ArrayList<>();
            for (int value = PulseStatements.LOWEST; value <= PulseStatements.HIGHEST; value++) {
                distribution.add(counts[statement][value]);
                sum += value * counts[statement][value];
            }
            total += sum;
            statements.add(new StatementResult(statement, twoDecimals(sum, respondents), distribution));
        }
        return new RoundResult(round, invited, respondents, rate, false,
                twoDecimals(total, respondents * PulseStatements.COUNT), statements);
    }

    private static double twoDecimals(long sum, long count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP).doubleValue();
    }
}
