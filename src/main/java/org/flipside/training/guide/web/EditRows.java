package org.flipside.training.guide.web;

import java.util.ArrayList;
import java.util.List;
import org.flipside.training.GuideItemKind;
import org.flipside.training.guide.GuideEdit;

/**
 * The edit form's items, one section per kind. {@code index} is the item's place in the whole form (what field names
 * and buttons refer to); {@code number} its place within its kind, for labels; {@code first}/{@code last} say which
 * move buttons make sense.
 */
record EditRows(List<Section> sections) {

    static EditRows of(GuideEdit edit) {
        List<Section> sections = new ArrayList<>();
        for (GuideItemKind kind : GuideItemKind.values()) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < edit.items().size(); i++) {
                GuideEdit.Item item = edit.items().get(i);
                if (item.kind() == kind) {
                    rows.add(new Row(i, item.position(), kind, item.text(), rows.size() + 1, rows.isEmpty(), false));
                }
            }
            if (!rows.isEmpty()) {
                Row last = rows.remove(rows.size() - 1);
                rows.add(new Row(last.index(), last.position(), kind, last.text(), last.number(), last.first(), true));
            }
            sections.add(new Section(kind, rows));
        }
        return new EditRows(sections);
    }

    record Section(GuideItemKind kind, List<Row> rows) {
    }

    record Row(int index, Integer position, GuideItemKind kind, String text, int number, boolean first,
               boolean last) {
    }
}
