package org.flipside.insights;

/**
 * The program's "You said, we did" figures for dashboards. They count insights and actions, never people, and name
 * nobody; callers decide who may see a program's figures.
 */
public interface InsightFigures {

    ProgramInsightFigures of(long programId);
}
