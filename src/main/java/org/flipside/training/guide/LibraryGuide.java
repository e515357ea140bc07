package org.flipside.training.guide;

import java.util.List;
import org.flipside.program.Objective;
import org.flipside.training.GuideItem;

/**
 * A guide of the library, as written in its resource file: the text a program's guide starts from and returns to on
 * reset, and the words and objective that say which topics it fits.
 *
 * @param objective the catalogue objective the guide serves; {@code null} for the general guide
 * @param keywords  lower-case words and phrases a focus topic about this theme is likely to contain
 */
public record LibraryGuide(String code, Objective objective, List<String> keywords, String title,
                           String introduction, List<GuideItem> items) {

    public static final String GENERAL = "general";

    public LibraryGuide {
        keywords = List.copyOf(keywords);
        items = List.copyOf(items);
    }

    public GuideEdit asEdit() {
        return new GuideEdit(title, introduction,
                items.stream().map(item -> new GuideEdit.Item(null, item.kind(), item.text())).toList());
    }
}
