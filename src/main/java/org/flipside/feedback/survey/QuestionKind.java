package org.flipside.feedback.survey;

/**
 * The kinds of question a survey asks. Scales have fixed ends so that results from different programs and versions
 * can be compared; labels are message keys {@code survey.kind.<NAME>}.
 */
public enum QuestionKind {
    /** Agreement with a statement, 1 (strongly disagree) to 5 (strongly agree). */
    AGREEMENT(1, 5),
    /** How likely, 0 to 10; results add the net promoter score. */
    LIKELIHOOD(0, 10),
    SINGLE_CHOICE(0, 0),
    MULTIPLE_CHOICE(0, 0),
    FREE_TEXT(0, 0);

    private final int low;
    private final int high;

    QuestionKind(int low, int high) {
        this.low = low;
        this.high = high;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    public boolean scale() {
        return this == AGREEMENT || this == LIKELIHOOD;
    }

    public boolean choice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public String messageKey() {
        return "survey.kind." + name();
    }
}
