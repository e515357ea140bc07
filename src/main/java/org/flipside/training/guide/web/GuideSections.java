package org.flipside.training.guide.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;

/**
 * A guide's items grouped under one heading per kind, in the kinds' order, for reading and printing. An exercise's
 * first line is its name and each further line a step.
 */
record GuideSections(List<Section> sections) {

    static GuideSections of(List<GuideItem> items) {
        List<Section> sections = new ArrayList<>();
        for (GuideItemKind kind : GuideItemKind.values()) {
            List<Shown> shown = items.stream().filter(item -> item.kind() == kind).map(GuideSections::shown).toList();
            if (!shown.isEmpty()) {
                sections.add(new Section(kind, shown));
            }
        }
        return new GuideSections(sections);
    }

    private static Shown shown(GuideItem item) {
        List<String> lines = Arrays.stream(item.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        if (item.kind() != GuideItemKind.EXERCISE || lines.size() < 2) {
            return new Shown(item.position(), item.text(), List.of());
        }
        return new Shown(item.position(), lines.get(0), lines.subList(1, lines.size()));
    }

    record Section(GuideItemKind kind, List<Shown> items) {
    }

    /** One item: its text, or an exercise's name with its steps. */
    record Shown(int position, String text, List<String> steps) {
    }
}
