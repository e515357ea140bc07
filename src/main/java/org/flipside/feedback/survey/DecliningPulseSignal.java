package org.flipside.feedback.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.flipside.pairing.cadence.AtRiskReason;
import org.flipside.pairing.cadence.AtRiskSignals;
import org.flipside.pairing.cadence.TrackedPairs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A pair whose own post-session pulse fell three times running is at risk: the mean of its people's agreement
 * ratings after each of its last {@link #ANSWERS} answered sessions, oldest first, strictly falling. Only named
 * surveys count: an anonymous answer carries no instance, so it can never be traced to a pair, and the
 * psychological-safety pulse is another thing altogether. One query for any number of pairs: by their ids when
 * few, else over their program (or every program) keeping theirs.
 */
@Component
class DecliningPulseSignal implements AtRiskSignals {

    static final String CODE = "PULSE_DECLINING";
    static final int ANSWERS = 3;

    private final JdbcClient jdbc;

    DecliningPulseSignal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<AtRiskReason>> reasons(TrackedPairs pairs) {
        if (pairs.isEmpty()) {
            return Map.of();
        }
        String which = pairs.byIds() ? "i.pair_id in (:pairs)"
                : pairs.programId() != null ? "i.program_id = :program" : "i.pair_id is not null";
        Map<Long, List<Double>> latest = new HashMap<>();
        jdbc.sql("select pair_id, score from (select i.pair_id, avg(cast(a.number_value as double precision)) "
                        + "as score, row_number() over (partition by i.pair_id order by i.opened_at desc, i.id desc) "
                        + "as recency from survey_response r join survey s on s.id = r.survey_id "
                        + "join survey_instance i on i.id = r.instance_id "
                        + "join survey_answer a on a.response_id = r.id "
                        + "join survey_question q on q.id = a.question_id "
                        + "where s.anonymous = false and s.trigger_kind = :trigger and q.kind = :kind "
                        + "and a.number_value is not null and " + which + " "
                        + "group by i.pair_id, i.id, i.opened_at) x where recency <= " + ANSWERS
                        + " order by pair_id, recency desc")
                .param("trigger", SurveyTrigger.AFTER_SESSION.name()).param("kind", QuestionKind.AGREEMENT.name())
                .params(pairs.byIds() ? Map.of("pairs", pairs.ids())
                        : pairs.programId() != null ? Map.of("program", pairs.programId()) : Map.of())
                .query((rs, n) -> Map.entry(rs.getLong("pair_id"), rs.getDouble("score"))).list().stream()
                .filter(e -> pairs.contains(e.getKey()))
                .forEach(e -> latest.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return latest.entrySet().stream().filter(e -> falling(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(new AtRiskReason(CODE,
                        "survey.atRisk.pulseDeclining", List.of(words(e.getValue()))))));
    }

    /** Oldest first, each lower than the one before. */
    static boolean falling(List<Double> scores) {
        if (scores.size() < ANSWERS) {
            return false;
        }
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i) >= scores.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String words(List<Double> scores) {
        return scores.stream().map(s -> String.format(Locale.ROOT, "%.1f", s)).collect(Collectors.joining(" → "));
    }
}
