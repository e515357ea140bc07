package org.flipside.training;

import java.util.List;

/**
 * A conversation guide for one topic of a program. Its items are what a pair can put on a session's agenda.
 *
 * @param topic  the program focus topic it serves
 * @param items  the guide's prompts in order: questions to open with, exercises, and advice on giving feedback upward
 *               and receiving it
 */
public record GuideView(long id, long programId, String topic, String title, String introduction,
                        List<GuideItem> items, long version) {

    public GuideView {
        items = List.copyOf(items);
    }
}
