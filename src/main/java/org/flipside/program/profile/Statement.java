package org.flipside.program.profile;

import org.flipside.program.WorkStyleDimension;

/**
 * One work-style statement, answered on an agree scale from 1 (strongly disagree) to 5 (strongly agree). A
 * reverse-keyed statement counts towards the low end of its dimension. Its text is {@code workstyle.statement.<number>}.
 */
public record Statement(int number, WorkStyleDimension dimension, boolean reverse) {

    public String messageKey() {
        return "workstyle.statement." + number;
    }

    /** The answer as it counts towards the dimension: 1–5, turned round for reverse-keyed statements. */
    int keyed(int answer) {
        return reverse ? 6 - answer : answer;
    }
}
