package org.flipside.training.web;

import java.time.Instant;
import java.util.List;
import org.flipside.program.Side;
import org.flipside.training.module.CheckQuestion;
import org.flipside.training.progress.ModuleStatus;
import org.flipside.training.progress.ProgramTraining;

/**
 * What the API shows of training. Questions go out without their right option and explanation: those come back only
 * in the result of an attempt.
 */
final class TrainingJson {

    private TrainingJson() {
    }

    record Training(long participantId, long programId, String programName, Side side, boolean complete,
                    List<ModuleSummary> modules) {

        static Training of(ProgramTraining training) {
            return new Training(training.participant().id(), training.participant().programId(),
                    training.participant().programName(), training.participant().side(), training.complete(),
                    training.modules().stream().map(ModuleSummary::of).toList());
        }
    }

    record ModuleSummary(String code, int position, String title, String summary, int minutes, boolean passed,
                         Instant passedAt, int attempts) {

        static ModuleSummary of(ModuleStatus status) {
            var m = status.module();
            return new ModuleSummary(m.code(), m.position(), m.title(), m.summary(), m.minutes(), status.passed(),
                    status.passedAt(), status.attempts());
        }
    }

    record Module(String code, Side side, int position, String title, String summary, int minutes, String markdown,
                  String html, List<Question> questions, boolean passed, Instant passedAt, int attempts) {

        static Module of(ModuleStatus status, String html) {
            var m = status.module();
            return new Module(m.code(), m.side(), m.position(), m.title(), m.summary(), m.minutes(), m.markdown(),
                    html, m.questions().stream().map(Question::of).toList(), status.passed(), status.passedAt(),
                    status.attempts());
        }
    }

    /** A question as asked; answer with its {@code number} and the 0-based index of the chosen option. */
    record Question(int number, String text, List<String> options) {

        static Question of(CheckQuestion question) {
            return new Question(question.number(), question.text(), question.options());
        }
    }
}
