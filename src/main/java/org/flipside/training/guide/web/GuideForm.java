package org.flipside.training.guide.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.flipside.shared.FieldProblem;
import org.flipside.training.GuideItemKind;
import org.flipside.training.guide.GuideEdit;
import org.springframework.util.MultiValueMap;

/**
 * The edit form of a guide. Every button posts the whole form, so a manager who moves or removes an item while other
 * texts are still being typed loses none of them; the button's {@code action} says what to do besides saving:
 * {@code add}, {@code remove:i}, {@code up:i} or {@code down:i} (i counts the items from 0 in the form's order).
 * Text in the "new item" box is kept whichever button was pressed.
 */
final class GuideForm {

    private GuideForm() {
    }

    record Parsed(GuideEdit edit, Long version, String action, List<FieldProblem> problems) {
    }

    static Parsed parse(MultiValueMap<String, String> form) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> positions = values(form, "position");
        List<String> kinds = values(form, "kind");
        List<String> texts = values(form, "text");
        List<GuideEdit.Item> items = new ArrayList<>();
        if (positions.size() != kinds.size() || kinds.size() != texts.size()) {
            problems.add(FieldProblem.of("items", "guide.form.broken",
                    "The form arrived incomplete; reload the page and try again."));
        } else {
            for (int i = 0; i < texts.size(); i++) {
                items.add(new GuideEdit.Item(integer(positions.get(i)), kind(kinds.get(i)), texts.get(i)));
            }
        }
        String action = action(form.getFirst("action"));
        String newText = form.getFirst("newText");
        GuideItemKind newKind = kind(form.getFirst("newKind"));
        if (newText != null && !newText.isBlank()) {
            if (newKind == null) {
                problems.add(FieldProblem.of("newKind", "guide.newItem.kind.required", "Choose what the new item is."));
            } else {
                items.add(new GuideEdit.Item(null, newKind, newText));
            }
        } else if (action.equals("add")) {
            problems.add(FieldProblem.of("newText", "guide.newItem.text.required", "Write the new item's text."));
        }
        apply(action, items);
        Long version = number(form.getFirst("version"));
        return new Parsed(new GuideEdit(form.getFirst("title"), form.getFirst("introduction"), grouped(items)),
                version, action, problems);
    }

    /** The edit with positions the guide no longer has turned into new items, so a stale edit can be saved again. */
    static GuideEdit keepingOnly(GuideEdit edit, Set<Integer> positions) {
        return new GuideEdit(edit.title(), edit.introduction(), edit.items().stream()
                .map(item -> item.position() == null || positions.contains(item.position()) ? item
                        : new GuideEdit.Item(null, item.kind(), item.text()))
                .toList());
    }

    /** Moves within a kind swap with the neighbour of the same kind; other positions stay put. */
    private static void apply(String action, List<GuideEdit.Item> items) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return;
        }
        Integer index = integer(action.substring(colon + 1));
        if (index == null || index < 0 || index >= items.size()) {
            return;
        }
        switch (action.substring(0, colon)) {
            case "remove" -> items.remove((int) index);
            case "up" -> swap(items, index, -1);
            case "down" -> swap(items, index, 1);
            default -> { }
        }
    }

    private static void swap(List<GuideEdit.Item> items, int index, int step) {
        GuideEdit.Item moving = items.get(index);
        for (int other = index + step; other >= 0 && other < items.size(); other += step) {
            if (items.get(other).kind() == moving.kind()) {
                items.set(index, items.get(other));
                items.set(other, moving);
                return;
            }
        }
    }

    /** The form shows one section per kind, so the saved order is grouped the same way (stable within a kind). */
    private static List<GuideEdit.Item> grouped(List<GuideEdit.Item> items) {
        List<GuideEdit.Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> item.kind() == null ? Integer.MAX_VALUE : item.kind().ordinal()));
        return sorted;
    }

    /** The button pressed; anything unknown saves, as the form's main button does. */
    private static String action(String value) {
        if (value == null) {
            return "save";
        }
        String name = value.contains(":") ? value.substring(0, value.indexOf(':')) : value;
        boolean known = value.contains(":") ? Set.of("remove", "up", "down").contains(name)
                : Set.of("save", "add").contains(name);
        return known ? value : "save";
    }

    private static List<String> values(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        return values == null ? List.of() : values;
    }

    private static Integer integer(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static GuideItemKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return GuideItemKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
