package org.flipside.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.training.module.MarkdownText;
import org.flipside.training.progress.AttemptResult;
import org.flipside.training.progress.ModuleAttempts;
import org.flipside.training.progress.ModuleStatus;
import org.flipside.training.progress.MyTraining;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in participant's role training over JSON; anyone else's participant id answers 404. */
@RestController
@Tag(name = "My training", description = "Role training of the signed-in participant: modules, reading them and "
        + "answering their questions")
class TrainingApiController {

    private final MyTraining mine;
    private final ModuleAttempts attempts;
    private final MarkdownText markdown;

    TrainingApiController(MyTraining mine, ModuleAttempts attempts, MarkdownText markdown) {
        this.mine = mine;
        this.attempts = attempts;
        this.markdown = markdown;
    }

    @GetMapping("/api/v1/me/training")
    @PreAuthorize(TrainingController.SIGNED_IN)
    @Operation(summary = "My training in every program where I am an approved participant",
            description = "Per program: my side's modules in reading order, whether each is passed, and whether all are.")
    List<TrainingJson.Training> mine() {
        return mine.overview().stream().map(TrainingJson.Training::of).toList();
    }

    @GetMapping("/api/v1/participants/{participantId}/training")
    @PreAuthorize(TrainingController.SIGNED_IN)
    @Operation(summary = "My training in the program of one of my participations",
            description = "404 for a participation that is not mine; 409 while it is not approved.")
    TrainingJson.Training one(@PathVariable long participantId) {
        return TrainingJson.Training.of(mine.of(participantId));
    }

    @GetMapping("/api/v1/participants/{participantId}/training/modules/{code}")
    @PreAuthorize(TrainingController.SIGNED_IN)
    @Operation(summary = "One module of my side: its text (markdown, and HTML with raw HTML escaped) and questions",
            description = "Questions are given without their right option; 404 for a module of the other side.")
    TrainingJson.Module module(@PathVariable long participantId, @PathVariable String code) {
        ModuleStatus status = mine.module(participantId, code);
        return TrainingJson.Module.of(status, markdown.html(status.module()));
    }

    @PostMapping("/api/v1/participants/{participantId}/training/modules/{code}/attempts")
    @PreAuthorize(TrainingController.SIGNED_IN)
    @Operation(summary = "Answer a module's questions",
            description = "answers: question number → 0-based index of the chosen option, every question answered. "
                    + "Passing takes every answer right. The result lists each question with whether it was right "
                    + "and why; every attempt is recorded and a failed one may be repeated.")
    AttemptResult attempt(@PathVariable long participantId, @PathVariable String code,
                          @RequestBody AttemptBody body) {
        if (body == null || body.answers() == null) {
            throw new InvalidInputException(FieldProblem.of("answers", "training.answers.required",
                    "Send answers: question number to the index of the chosen option."));
        }
        return attempts.submit(participantId, code, body.answers());
    }

    record AttemptBody(Map<Integer, Integer> answers) {
    }
}
