package org.flipside.analytics.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every program side by side and who takes part across the organisation, in aggregates only.
 *
 * @param asOf    the day the overview was made
 * @param readAt  when its figures were read (they are kept for a minute)
 * @param bands   the generation bands with their birth years, for the reader
 * @param minimum the smallest group a shown number may cover
 */
public record OrganisationOverview(LocalDate asOf, List<ProgramLine> programs, List<GenerationBand> bands,
                                   Breakdown byDepartment, Breakdown byGrade, Breakdown byGeneration, Reach reach,
                                   int minimum, Instant readAt) {

    public OrganisationOverview {
        programs = List.copyOf(programs);
        bands = List.copyOf(bands);
    }
}
