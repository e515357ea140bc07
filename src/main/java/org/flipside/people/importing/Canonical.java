package org.flipside.people.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares one instance of each repeated value (departments, titles, places, zones, language lists) across the rows
 * of an import, so 100,000 people do not hold 100,000 copies of "Engineering". Not thread-safe: one per import.
 */
final class Canonical {

    private final Map<String, String> strings = new HashMap<>();
    private final Map<List<String>, List<String>> lists = new HashMap<>();

    String of(String value) {
        if (value == null) {
            return null;
        }
        String known = strings.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    List<String> of(List<String> value) {
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> copy = List.copyOf(value); // immutable, so the records' own List.copyOf keeps this instance
        List<String> known = lists.putIfAbsent(copy, copy);
        return known == null ? copy : known;
    }
}
