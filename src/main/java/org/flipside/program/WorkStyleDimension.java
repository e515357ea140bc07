package org.flipside.program;

/**
 * The five work-style dimensions the questionnaire scores from 0 to 100. A high score means the first half of the
 * name, a low score the second (see {@code docs/work-style.md}).
 */
public enum WorkStyleDimension {
    /** Structure (high) versus improvisation (low). */
    STRUCTURE,
    /** Plain, direct speech (high) versus diplomatic, careful wording (low). */
    DIRECTNESS,
    /** Fast, try-it-now pace (high) versus a steady, thorough pace (low). */
    PACE,
    /** Reflect first (high) versus learn by doing (low). */
    REFLECTION,
    /** Working things out alone (high) versus thinking together (low). */
    INDEPENDENCE
}
