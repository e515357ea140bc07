package org.flipside.program.web;

import org.flipside.program.ProgramState;

/** Asks to move a program to another lifecycle state, from the version the client last saw. */
record TransitionBody(ProgramState target, Long version) {
}
