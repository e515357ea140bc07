package org.flipside.matching.scoring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Profiles give languages as ISO codes ("fr"), the directory often as English names ("French"); both become the
 * code so that the two sources can be compared.
 */
final class Languages {

    private static final Map<String, String> CODE_OF_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                CODE_OF_NAME.putIfAbsent(name, code);
            }
        }
    }

    private Languages() {
    }

    /** The language's ISO code, or the lower-cased text when it is neither a code nor a known English name. */
    static String canonical(String language) {
        String text = language.strip().toLowerCase(Locale.ROOT);
        int dash = text.indexOf('-');
        if (dash == 2 || dash == 3) {
            text = text.substring(0, dash); // "en-GB" speaks English
        }
        return CODE_OF_NAME.getOrDefault(text, text);
    }

    /** The language's name to show when the message bundle has none. */
    static String name(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
