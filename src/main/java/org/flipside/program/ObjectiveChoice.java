package org.flipside.program;

/**
 * One objective of a program: either an entry of the {@link Objective} catalogue or a custom text the manager wrote.
 * Exactly one of the two is set; the program rules report a choice that has both or neither.
 */
public record ObjectiveChoice(Objective catalogue, String custom) {

    public static ObjectiveChoice of(Objective objective) {
        return new ObjectiveChoice(objective, null);
    }

    public static ObjectiveChoice custom(String text) {
        return new ObjectiveChoice(null, text);
    }

    public boolean hasCustomText() {
        return catalogue == null;
    }
}
