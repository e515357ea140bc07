package org.flipside.program.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.flipside.program.Objective;
import org.flipside.program.ProgramTemplate;
import org.flipside.program.Programs;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a client needs to build a program form: the objective catalogue and the templates. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Program catalogue", description = "Objective catalogue and program templates")
class ProgramCatalogueApiController {

    private final Programs programs;
    private final ProgramMessages messages;

    ProgramCatalogueApiController(Programs programs, ProgramMessages messages) {
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/program-templates")
    @PreAuthorize("hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')")
    @Operation(summary = "List the templates a new program can start from")
    List<ProgramTemplate> templates() {
        return programs.templates();
    }

    @GetMapping("/objectives")
    @PreAuthorize("hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')")
    @Operation(summary = "List the objective catalogue with labels")
    List<ObjectiveOption> objectives() {
        return Arrays.stream(Objective.values())
                .map(objective -> new ObjectiveOption(objective.name(), messages.text(objective.messageKey())))
                .toList();
    }
}
