package org.flipside.analytics.overview;

import java.util.List;

/**
 * Participation split by one attribute of the people (department, grade or generation band): distinct approved
 * participants per side. Each side's count is withheld on its own when it covers too few people; no totals are
 * given, so a withheld count cannot be worked out by subtraction.
 */
public record Breakdown(String attribute, List<Row> rows) {

    public Breakdown {
        rows = List.copyOf(rows);
    }

    /**
     * One value of the attribute.
     *
     * @param label   the department, the grade as a number, or a generation band's name; {@code null} when the
     *                directory does not know it
     */
    public record Row(String label, Count mentors, Count mentees) {
    }
}
