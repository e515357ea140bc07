package org.flipside.program;

/**
 * A page of the program list, optionally only one state and only programs whose name or purpose contains
 * {@code text} (ignoring case). Page numbers start at 0.
 */
public record ProgramQuery(ProgramState state, String text, int page, int size) {

    public ProgramQuery {
        text = text == null ? "" : text.strip();
        page = Math.max(page, 0);
        size = Math.max(size, 1);
    }
}
