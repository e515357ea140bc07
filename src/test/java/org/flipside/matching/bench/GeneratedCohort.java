package org.flipside.matching.bench;

import java.util.List;
import org.flipside.matching.scoring.Candidate;
import org.flipside.matching.scoring.HardRules;
import org.flipside.matching.settings.MatchingSettings;
import org.flipside.program.Question;

/** A generated cohort with everything {@link org.flipside.matching.scoring.Cohort#of} needs. */
public record GeneratedCohort(List<Candidate> mentees, List<Candidate> mentors, MatchingSettings settings,
                              List<Question> questions, HardRules rules) {
}
