package org.flipside.analytics.kirkpatrick.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.analytics.kirkpatrick.Kirkpatrick;
import org.flipside.analytics.kirkpatrick.KirkpatrickView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A program's evaluation on Kirkpatrick's four levels. */
@RestController
@Tag(name = "Outcomes")
class KirkpatrickApiController {

    private final Kirkpatrick kirkpatrick;

    KirkpatrickApiController(Kirkpatrick kirkpatrick) {
        this.kirkpatrick = kirkpatrick;
    }

    @GetMapping("/api/v1/programs/{id}/evaluation")
    @PreAuthorize(KirkpatrickController.READERS)
    @Operation(summary = "The program's evaluation on Kirkpatrick's four levels",
            description = "Level 1 reaction and level 2 learning from the final evaluation survey's sections (closed "
                    + "questions only, never free text) and the self-assessments before and after; level 3 behaviour "
                    + "from the survey's behaviour section and goal progress per side; level 4 results from the "
                    + "outcomes against the comparison group and the insights turned into actions. A survey or "
                    + "question answered by fewer than `minimum` people, and goal figures of a side with fewer pairs, "
                    + "are withheld. Same callers as the outcomes report; 404 for programs the caller may not see.")
    KirkpatrickView get(@PathVariable long id) {
        return kirkpatrick.of(id);
    }
}
