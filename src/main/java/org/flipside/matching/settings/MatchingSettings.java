package org.flipside.matching.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flipside.matching.optimiser.Priority;
import org.flipside.program.WorkStyleDimension;

/**
 * How a program matches its participants.
 *
 * @param criteria          weight and must-have threshold of every criterion
 * @param workStyle         per work-style dimension, whether a pair should be alike or complementary
 * @param chainLevels       people in each other's management chain are never paired: 0 means at any depth, N means
 *                          only when they are at most N levels apart
 * @param minimumGradeGap   the mentee's grade must be at least this many levels above the mentor's
 * @param avoidEarlierPairs never pair two people who were matched in an earlier program
 * @param priority          most matched mentees first, or highest total score first
 * @param selfMatch         mentees browse their suggestions and request a mentor instead of a manager's run
 * @param responseDays      days both people have to accept or decline a published proposal
 * @param questionLinks     application questions whose answers are compared, mentor's to mentee's
 * @param version           optimistic-locking version of the stored settings, 0 before the first save
 */
public record MatchingSettings(Map<Criterion, CriterionSetting> criteria,
                               Map<WorkStyleDimension, StylePreference> workStyle, int chainLevels,
                               int minimumGradeGap, boolean avoidEarlierPairs, Priority priority, boolean selfMatch,
                               int responseDays, List<QuestionLink> questionLinks, long version) {

    public MatchingSettings {
        criteria = Map.copyOf(criteria);
        workStyle = Map.copyOf(workStyle);
        questionLinks = List.copyOf(questionLinks);
    }

    public CriterionSetting criterion(Criterion criterion) {
        return criteria.getOrDefault(criterion, CriterionSetting.weighted(0));
    }

    public StylePreference style(WorkStyleDimension dimension) {
        return workStyle.getOrDefault(dimension, StylePreference.IGNORE);
    }

    /**
     * Sensible starting settings for a program made from the given template (or from scratch, {@code null}):
     * skills count most everywhere; a generations program weighs crossing generations and departments more, a
     * customer program shared interests.
     */
    public static MatchingSettings defaults(String templateCode) {
        Map<Criterion, CriterionSetting> criteria = new EnumMap<>(Criterion.class);
        criteria.put(Criterion.SKILLS, CriterionSetting.weighted(10));
        criteria.put(Criterion.INTERESTS, CriterionSetting.weighted(3));
        criteria.put(Criterion.WORK_STYLE, CriterionSetting.weighted(3));
        criteria.put(Criterion.AVAILABILITY, new CriterionSetting(5, true, 10));
        criteria.put(Criterion.TIME_ZONE, CriterionSetting.weighted(2));
        criteria.put(Criterion.LANGUAGE, new CriterionSetting(3, true, 100));
        criteria.put(Criterion.MEETING_MODE, CriterionSetting.weighted(2));
        criteria.put(Criterion.ANSWERS, CriterionSetting.weighted(0));
        criteria.put(Criterion.CROSS_DEPARTMENT, CriterionSetting.weighted(3));
        criteria.put(Criterion.CROSS_LOCATION, CriterionSetting.weighted(1));
        criteria.put(Criterion.CROSS_GENERATION, CriterionSetting.weighted(2));
        if ("generations-inclusion".equals(templateCode)) {
            criteria.put(Criterion.CROSS_GENERATION, CriterionSetting.weighted(6));
            criteria.put(Criterion.CROSS_DEPARTMENT, CriterionSetting.weighted(5));
            criteria.put(Criterion.CROSS_LOCATION, CriterionSetting.weighted(3));
        } else if ("social-customers".equals(templateCode)) {
            criteria.put(Criterion.INTERESTS, CriterionSetting.weighted(6));
        } else if ("innovation-lab".equals(templateCode)) {
            criteria.put(Criterion.CROSS_DEPARTMENT, CriterionSetting.weighted(5));
            criteria.put(Criterion.WORK_STYLE, CriterionSetting.weighted(4));
        }
        Map<WorkStyleDimension, StylePreference> styles = new EnumMap<>(WorkStyleDimension.class);
        styles.put(WorkStyleDimension.STRUCTURE, StylePreference.SIMILAR);
        styles.put(WorkStyleDimension.DIRECTNESS, StylePreference.SIMILAR);
        styles.put(WorkStyleDimension.PACE, StylePreference.COMPLEMENTARY);
        styles.put(WorkStyleDimension.REFLECTION, StylePreference.COMPLEMENTARY);
        styles.put(WorkStyleDimension.INDEPENDENCE, StylePreference.IGNORE);
        return new MatchingSettings(criteria, styles, 0, 2, true, Priority.MOST_MATCHES_FIRST, false, 14, List.of(),
                0);
    }
}
