package org.flipside.matching.fairness;

import java.util.List;

/** Figures per group of one attribute (department, level band, location or generation) for one side. */
public record Breakdown(String attribute, String side, List<GroupFigures> groups) {

    public Breakdown {
        groups = List.copyOf(groups);
    }
}
