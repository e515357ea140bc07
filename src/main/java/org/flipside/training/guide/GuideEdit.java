package org.flipside.training.guide;

import java.util.List;
import org.flipside.training.GuideItemKind;

/**
 * What a program manager saves as a guide: the whole text, items in their new order. An item that names a position
 * of the guide replaces that item; one without a position is new; an item of the guide not named is removed.
 */
public record GuideEdit(String title, String introduction, List<Item> items) {

    public GuideEdit {
        items = items == null ? null : List.copyOf(items);
    }

    /** One item of an edit; {@code position} is {@code null} for a new item. */
    public record Item(Integer position, GuideItemKind kind, String text) {
    }
}
