package org.flipside.pairing.assessment;

/** Request bodies of the self-assessment API for tests. */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static String mentorRatings(int rating) {
        return ratings("skill:storytelling", rating, "growth:speaking-up", rating, "growth:explaining-to-executives",
                rating, "growth:understanding-strategy", rating, "growth:feedback-upward", rating,
                "growth:leading-a-conversation", rating);
    }

    /** {"ratings": [...]} from item, rating, item, rating, … */
    static String ratings(Object... itemsAndRatings) {
        return "{\"ratings\": [" + list(itemsAndRatings) + "]}";
    }

    static String ratingsWithVersion(long version, Object... itemsAndRatings) {
        return "{\"version\": " + version + ", \"ratings\": [" + list(itemsAndRatings) + "]}";
    }

    static String list(Object... itemsAndRatings) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < itemsAndRatings.length; i += 2) {
            json.append(i == 0 ? "" : ", ").append("{\"item\": \"").append(itemsAndRatings[i])
                    .append("\", \"rating\": ").append(itemsAndRatings[i + 1]).append('}');
        }
        return json.toString();
    }
}
