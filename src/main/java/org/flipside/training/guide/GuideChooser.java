package org.flipside.training.guide;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.flipside.program.ObjectiveChoice;

/**
 * Picks the library guide that fits a focus topic best. The topic's own words count most: each keyword of a guide
 * found in the topic scores {@value #TOPIC_WEIGHT}. The program's objectives break ties and decide for topics whose
 * words fit no theme: a catalogue objective a guide serves scores {@value #OBJECTIVE_WEIGHT}, and so does each of its
 * keywords in a custom objective. When nothing scores, or two guides score the same at the top, the general guide is
 * the honest choice.
 */
public final class GuideChooser {

    static final int TOPIC_WEIGHT = 10;
    static final int OBJECTIVE_WEIGHT = 1;
    /** Shorter keywords ("ai", "age") must be whole words; longer ones also match words they begin ("customer"s). */
    private static final int PREFIX_LENGTH = 4;

    private GuideChooser() {
    }

    public static LibraryGuide choose(List<LibraryGuide> library, LibraryGuide general, String topic,
                                      List<ObjectiveChoice> objectives) {
        String topicWords = words(topic);
        String customWords = objectives.stream().filter(ObjectiveChoice::hasCustomText)
                .map(choice -> words(choice.custom())).collect(Collectors.joining(" | "));
        LibraryGuide best = general;
        int bestScore = 0;
        boolean tie = false;
        for (LibraryGuide guide : library) {
            if (guide.code().equals(LibraryGuide.GENERAL)) {
                continue;
            }
            int score = TOPIC_WEIGHT * matches(guide, topicWords) + OBJECTIVE_WEIGHT * matches(guide, customWords);
            if (guide.objective() != null && objectives.stream().anyMatch(o -> o.catalogue() == guide.objective())) {
                score += OBJECTIVE_WEIGHT;
            }
            if (score > bestScore) {
                best = guide;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? general : best;
    }

    /** How many of the guide's keywords occur in the words. */
    static int matches(LibraryGuide guide, String words) {
        if (words.isBlank()) {
            return 0;
        }
        int count = 0;
        for (String keyword : guide.keywords()) {
            String wanted = words(keyword);
            boolean found = wanted.contains(" ") || wanted.length() < PREFIX_LENGTH
                    ? (" " + words + " ").contains(" " + wanted + " ")
                    : Arrays.stream(words.split(" ")).anyMatch(word -> word.startsWith(wanted));
            if (found) {
                count++;
            }
        }
        return count;
    }

    /** Lower-case letters and digits, every other run of characters one space. */
    static String words(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
