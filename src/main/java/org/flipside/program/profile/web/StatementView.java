package org.flipside.program.profile.web;

import org.flipside.program.WorkStyleDimension;

/** A work-style statement with its text, for API clients that show the questionnaire themselves. */
record StatementView(int number, String text, WorkStyleDimension dimension, boolean reverseKeyed) {
}
