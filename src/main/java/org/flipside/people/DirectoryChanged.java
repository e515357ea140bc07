package org.flipside.people;

/** Published after people were added to or changed in the directory, so derived views can refresh. */
public record DirectoryChanged(int affected) {
}
