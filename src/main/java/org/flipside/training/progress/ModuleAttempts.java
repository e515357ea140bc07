package org.flipside.training.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.program.ParticipantView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.training.TrainingCompleted;
import org.flipside.training.module.CheckQuestion;
import org.flipside.training.module.TrainingModule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant answering a module's questions. Passing takes every answer right; each attempt is recorded, passed
 * or not. Submissions by one participant are counted one at a time, so the one that passes the side's last module
 * publishes {@link TrainingCompleted}, once, however many arrive together.
 */
@Service
public class ModuleAttempts {

    private final MyTraining mine;
    private final ProgressStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModuleAttempts(MyTraining mine, ProgressStore store, ApplicationEventPublisher events, Clock clock) {
        this.mine = mine;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Checks the answers, keyed by question number, each the 0-based option chosen.
     *
     * @throws org.flipside.shared.NotFoundException   for someone else's participation or a module not of their side
     * @throws InvalidInputException                  when a question is unanswered or an option does not exist
     */
    @Transactional
    public AttemptResult submit(long participantId, String moduleCode, Map<Integer, Integer> answers) {
        ParticipantView participant = mine.approvedParticipant(participantId);
        TrainingModule module = mine.moduleOf(participant, moduleCode);
        List<AttemptResult.Outcome> outcomes = check(module, answers);
        store.lock(participantId);
        var at = clock.instant();
        List<Integer> wrong = outcomes.stream().filter(o -> !o.right()).map(AttemptResult.Outcome::question).toList();
        store.attempt(participantId, moduleCode, wrong, at);
        boolean completed = false;
        if (wrong.isEmpty()) {
            store.pass(participantId, moduleCode, at);
            Trainee trainee = store.trainee(participantId).orElseThrow();
            if (store.passed(participantId).containsAll(mine.catalogue().codes(trainee.side()))
                    && store.complete(trainee, at)) {
                events.publishEvent(new TrainingCompleted(trainee.programId(), participantId, at));
                completed = true;
            }
        }
        return new AttemptResult(moduleCode, wrong.isEmpty(), outcomes, completed);
    }

    private static List<AttemptResult.Outcome> check(TrainingModule module, Map<Integer, Integer> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        List<AttemptResult.Outcome> outcomes = new ArrayList<>();
        for (CheckQuestion question : module.questions()) {
            String field = "q" + question.number();
            Integer chosen = answers.get(question.number());
            if (chosen == null) {
                problems.add(FieldProblem.of(field, "training.answer.missing",
                        "Choose an answer to question " + question.number() + ".", question.number()));
            } else if (chosen < 0 || chosen >= question.options().size()) {
                problems.add(FieldProblem.of(field, "training.answer.unknown", "Question " + question.number()
                        + " has no option " + chosen + ".", question.number()));
            } else {
                outcomes.add(new AttemptResult.Outcome(question.number(), chosen, question.rightAnswer(chosen),
                        question.explanation()));
            }
        }
        for (Integer number : answers.keySet()) {
            if (number == null || number < 1 || number > module.questions().size()) {
                problems.add(FieldProblem.of("q" + number, "training.answer.noQuestion",
                        "The module has no question " + number + ".", String.valueOf(number)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return outcomes;
    }
}
