package org.flipside.feedback.survey;

import java.util.List;
import java.util.Optional;

/**
 * The four surveys Flipside writes itself. The wording is ours, aimed at reverse mentoring: the junior mentor teaches,
 * the senior mentee learns, and both are asked about the same things from their own side.
 */
public final class SurveyTemplates {

    public static final String PULSE = "post-session-pulse";
    public static final String MIDPOINT = "mid-point-health";
    public static final String FINAL = "final-evaluation";
    public static final String CLOSING = "closing";

    private static final List<String> USEFUL = List.of("Something I can use this week", "A new way of seeing things",
            "Mostly a pleasant conversation", "Not much this time");

    private static final List<SurveyTemplate> ALL = List.of(
            new SurveyTemplate(PULSE, "After the session", "Three quick questions after each session that was held.",
                    SurveyTrigger.AFTER_SESSION, true, Audience.BOTH, List.of(
                    scale(null, "The session was a good use of my time."),
                    choice(null, "What did you take away from it?", USEFUL),
                    text(null, "One thing to do differently next time (optional)", false, 500))),
            new SurveyTemplate(MIDPOINT, "Halfway: how is the pair doing?",
                    "At the program's mid-point, a look at the relationship while there is time to adjust it.",
                    SurveyTrigger.MID_POINT, true, Audience.BOTH, List.of(
                    scale(null, "We meet as often as we agreed."),
                    scale(null, "I can say what I really think in our conversations."),
                    scale(null, "My partner listens to understand, not to answer."),
                    scale(null, "We are working on the goals we set."),
                    choice(null, "What would help the pair most now?", List.of("More regular meetings",
                            "Clearer goals", "Ideas for topics", "Support from the program team", "Nothing, it works")),
                    text(null, "Anything the program team should know? (optional)", false, 1000))),
            new SurveyTemplate(FINAL, "Final evaluation",
                    "At the program's end, in four levels: how it felt, what was learned, what changed at work, "
                            + "and what it meant for the organisation.",
                    SurveyTrigger.PROGRAM_END, true, Audience.BOTH, List.of(
                    scale("Reaction", "Taking part in this program was worth my time."),
                    likelihood("Reaction", "How likely are you to suggest the program to a colleague?"),
                    scale("Learning", "I understand a perspective today that I did not understand before."),
                    multiple("Learning", "Where did you learn the most?", List.of("Technology and tools",
                            "How colleagues of another generation work", "Customers and markets",
                            "Leading and giving feedback", "Our culture and how decisions are made")),
                    scale("Behaviour", "I do at least one thing differently at work because of this program."),
                    text("Behaviour", "Describe one thing you now do differently.", false, 1000),
                    scale("Results", "Ideas from our pair reached people who can act on them."),
                    text("Results", "What should the organisation change because of what you heard? (optional)",
                            false, 2000))),
            new SurveyTemplate(CLOSING, "Closing the pair", "When a pair closes, how it ended and what stays.",
                    SurveyTrigger.PAIR_CLOSED, false, Audience.BOTH, List.of(
                    single(null, "How did the pair end for you?", List.of("We reached what we set out to do",
                            "Time ran out before we finished", "It did not work between us",
                            "Circumstances changed (role, workload, leave)")),
                    scale(null, "I would work with my partner again."),
                    likelihood(null, "How likely are you to take part in another reverse-mentoring program?"),
                    text(null, "What will you keep from this pair? (optional)", false, 1000))));

    private SurveyTemplates() {
    }

    public static List<SurveyTemplate> all() {
        return ALL;
    }

    public static Optional<SurveyTemplate> byKey(String key) {
        return ALL.stream().filter(template -> template.key().equals(key)).findFirst();
    }

    private static QuestionDraft scale(String section, String text) {
        return new QuestionDraft(section, QuestionKind.AGREEMENT, text, true, null, List.of());
    }

    private static QuestionDraft likelihood(String section, String text) {
        return new QuestionDraft(section, QuestionKind.LIKELIHOOD, text, true, null, List.of());
    }

    private static QuestionDraft choice(String section, String text, List<String> choices) {
        return new QuestionDraft(section, QuestionKind.SINGLE_CHOICE, text, true, null, choices);
    }

    private static QuestionDraft single(String section, String text, List<String> choices) {
        return choice(section, text, choices);
    }

    private static QuestionDraft multiple(String section, String text, List<String> choices) {
        return new QuestionDraft(section, QuestionKind.MULTIPLE_CHOICE, text, false, null, choices);
    }

    private static QuestionDraft text(String section, String text, boolean required, int maxLength) {
        return new QuestionDraft(section, QuestionKind.FREE_TEXT, text, required, maxLength, List.of());
    }
}
