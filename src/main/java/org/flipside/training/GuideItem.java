package org.flipside.training;

/** One prompt of a conversation guide. {@code position} is unique within the guide and stable across edits. */
public record GuideItem(int position, GuideItemKind kind, String text) {
}
