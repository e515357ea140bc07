package org.flipside.training.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flipside.shared.FieldProblem;

/**
 * The limits every guide keeps, whether it comes from the library or from a manager's edit. Every check runs, so an
 * editor sees all problems at once; item fields are named {@code items[i].text} (from 0), as in the edit form.
 */
public final class GuideRules {

    public static final int TITLE_MAX = 200;
    public static final int INTRODUCTION_MAX = 2000;
    public static final int ITEM_MAX = 2000;
    public static final int ITEMS_MAX = 60;

    private GuideRules() {
    }

    /** Trims what people type around their words and writes every line break as {@code \n}. */
    public static GuideEdit normalise(GuideEdit edit) {
        List<GuideEdit.Item> items = edit.items() == null ? null : edit.items().stream()
                .map(item -> item == null ? null : new GuideEdit.Item(item.position(), item.kind(), clean(item.text())))
                .toList();
        return new GuideEdit(clean(edit.title()), clean(edit.introduction()), items);
    }

    /**
     * Checks an edit of a guide whose items now have the positions {@code known}; a position outside them is refused
     * (it would claim to keep an item the guide does not have).
     */
    public static List<FieldProblem> check(GuideEdit edit, Set<Integer> known) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "title", edit.title(), TITLE_MAX, "guide.title");
        text(problems, "introduction", edit.introduction(), INTRODUCTION_MAX, "guide.introduction");
        List<GuideEdit.Item> items = edit.items();
        if (items == null || items.isEmpty()) {
            problems.add(FieldProblem.of("items", "guide.items.required", "A guide needs at least one item."));
            return problems;
        }
        if (items.size() > ITEMS_MAX) {
            problems.add(FieldProblem.of("items", "guide.items.tooMany",
                    "A guide holds at most " + ITEMS_MAX + " items (there are " + items.size() + ").",
                    ITEMS_MAX, items.size()));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            GuideEdit.Item item = items.get(i);
            String field = "items[" + i + "]";
            int number = i + 1;
            if (item == null) {
                problems.add(FieldProblem.of(field, "guide.item.missing", "Item " + number + " is empty.", number));
                continue;
            }
            if (item.kind() == null) {
                problems.add(FieldProblem.of(field + ".kind", "guide.item.kind.required",
                        "Choose what item " + number + " is.", number));
            }
            if (item.text() == null || item.text().isBlank()) {
                problems.add(FieldProblem.of(field + ".text", "guide.item.text.required",
                        "Item " + number + " has no text.", number));
            } else if (item.text().length() > ITEM_MAX) {
                problems.add(FieldProblem.of(field + ".text", "guide.item.text.tooLong",
                        "Keep item " + number + " to " + ITEM_MAX + " characters (it has " + item.text().length() + ").",
                        number, ITEM_MAX, item.text().length()));
            }
            if (item.position() != null && !known.contains(item.position())) {
                problems.add(FieldProblem.of(field + ".position", "guide.item.position.unknown",
                        "Item " + number + " names position " + item.position() + ", which this guide does not have.",
                        number, item.position()));
            } else if (item.position() != null && !seen.add(item.position())) {
                problems.add(FieldProblem.of(field + ".position", "guide.item.position.duplicate",
                        "Item " + number + " repeats position " + item.position() + ".", number, item.position()));
            }
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, String code) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, code + ".required", "Enter the " + field + "."));
        } else if (value.length() > max) {
            problems.add(FieldProblem.of(field, code + ".tooLong",
                    "Keep the " + field + " to " + max + " characters (it has " + value.length() + ").",
                    max, value.length()));
        }
    }

    private static String clean(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
