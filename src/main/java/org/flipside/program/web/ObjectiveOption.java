package org.flipside.program.web;

/** A catalogue objective with its label in the reader's language. */
record ObjectiveOption(String code, String label) {
}
