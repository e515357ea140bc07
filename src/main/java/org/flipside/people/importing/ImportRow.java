package org.flipside.people.importing;

import org.flipside.people.NewEmployee;

/** One person row of the file, read into our fields (values that could not be read are {@code null}). */
public record ImportRow(long row, NewEmployee employee) {
}
