package org.flipside.matching.scoring;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meaningful words of a free text, for comparing interests and text answers: lower case, without the small
 * words every text has, and with a plain English plural folded onto its singular so that "podcasts" meets "podcast".
 */
final class Words {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> STOP = Set.of("a", "an", "and", "or", "the", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "is", "are", "be", "was", "it", "its", "my", "me", "we", "our", "us", "you",
            "your", "i", "im", "am", "do", "does", "so", "too", "very", "also", "but", "not", "no", "yes", "all",
            "any", "some", "more", "most", "much", "many", "like", "love", "enjoy", "into", "about", "that", "this",
            "these", "those", "there", "their", "them", "they", "he", "she", "his", "her", "what", "which", "who",
            "how", "when", "where", "why", "can", "could", "would", "should", "will", "just", "than", "then", "out",
            "up", "down", "over", "etc", "other", "things", "thing", "lot", "lots", "new", "good", "get", "have", "has",
            "use", "using", "used", "make", "making", "learn", "learning", "want", "try", "trying", "really", "well",
            "way", "ways", "one", "two", "getting", "going", "keen", "interested", "interest");

    private Words() {
    }

    /** Each meaningful word's folded form mapped to the first way the text wrote it, in the order of the text. */
    static Map<String, String> of(String text) {
        Map<String, String> words = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (String raw : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (raw.length() < 2 || STOP.contains(raw)) {
                continue;
            }
            words.putIfAbsent(fold(raw), raw);
        }
        return words;
    }

    private static String fold(String word) {
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.endsWith("ies") && word.length() > 4 ? word.substring(0, word.length() - 3) + "y"
                    : word.substring(0, word.length() - 1);
        }
        return word;
    }
}
