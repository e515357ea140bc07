package org.flipside.feedback.survey;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.flipside.feedback.survey.QuestionResult.Bar;
import org.flipside.feedback.survey.SurveyResponseStore.Stored;
import org.flipside.feedback.survey.SmallGroupRule.Verdict;
import org.flipside.shared.privacy.SmallGroups;

/**
 * Figures for one question over a set of responses. A question is the same across versions when its kind, wording
 * and choices are, so results of an unchanged question add up over versions; {@code ids} are its ids in every version.
 */
final class ResultMath {

    static final String SMALL = "Not shown: fewer than %d people answered in this view, so a figure could reveal "
            + "what one of them said.";
    static final String COMPLEMENT = "Not shown: together with a wider view it would single out fewer than %d "
            + "people. Choose a wider view.";

    private ResultMath() {
    }

    static QuestionResult of(SurveyQuestion question, Set<Long> ids, List<Stored> all,
                             List<Predicate<Stored>> tests) {
        Predicate<Stored> answered = r -> ids.stream().anyMatch(r.answers()::containsKey);
        Verdict verdict = SmallGroupRule.judge(all, answered, tests);
        if (verdict != Verdict.SHOWN) {
            return new QuestionResult(question.section(), question.kind(), question.text(), null, null, List.of(),
                    null, List.of(), verdict.name(), withheld(verdict));
        }
        List<Answer> answers = all.stream().filter(r -> tests.stream().allMatch(t -> t.test(r)))
                .map(r -> ids.stream().map(r.answers()::get).filter(Objects::nonNull).findFirst().orElse(null))
                .filter(Objects::nonNull).toList();
        QuestionKind kind = question.kind();
        Double mean = null;
        Integer nps = null;
        List<Bar> bars = new ArrayList<>();
        List<String> texts = List.of();
        if (kind.scale()) {
            mean = Math.round(answers.stream().mapToInt(Answer::number).average().orElse(0) * 100) / 100.0;
            for (int value = kind.low(); value <= kind.high(); value++) {
                int v = value;
                bars.add(new Bar(String.valueOf(value), answers.stream().filter(a -> a.number() == v).count()));
            }
            if (kind == QuestionKind.LIKELIHOOD) {
                long promoters = answers.stream().filter(a -> a.number() >= 9).count();
                long detractors = answers.stream().filter(a -> a.number() <= 6).count();
                nps = (int) Math.round(100.0 * (promoters - detractors) / answers.size());
            }
        } else if (kind.choice()) {
            for (int i = 0; i < question.choices().size(); i++) {
                int index = i;
                bars.add(new Bar(question.choices().get(i), answers.stream()
                        .filter(a -> kind == QuestionKind.SINGLE_CHOICE ? a.number() == index
                                : a.choices().contains(index)).count()));
            }
        } else {
            // Named or anonymous, the group already passed the small-group rule here; sorting drops any order.
            texts = answers.stream().map(Answer::text).sorted().toList();
        }
        return new QuestionResult(question.section(), kind, question.text(), (long) answers.size(), mean, bars, nps,
                texts, null, null);
    }

    static String withheld(Verdict verdict) {
        return String.format(verdict == Verdict.SMALL ? SMALL : COMPLEMENT, SmallGroups.MINIMUM);
    }

    /** The key under which versions of a question are the same question. */
    static String identity(SurveyQuestion question) {
        return question.kind() + "\u0000" + question.text() + "\u0000" + String.join("\u0000", question.choices());
    }

    static Set<Long> ids(Collection<SurveyQuestion> versions) {
        return versions.stream().map(SurveyQuestion::id).collect(Collectors.toSet());
    }
}
