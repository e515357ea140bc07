package org.flipside.program.sponsor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.people.Employee;
import org.flipside.program.ProgramSponsors;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A program's sponsor over JSON. */
@RestController
@Tag(name = "Programs")
class SponsorApiController {

    private final ProgramSponsors sponsors;
    private final Programs programs;

    SponsorApiController(ProgramSponsors sponsors, Programs programs) {
        this.sponsors = sponsors;
        this.programs = programs;
    }

    @GetMapping("/api/v1/programs/{id}/sponsor")
    @PreAuthorize("hasAnyRole('ADMIN','SPONSOR','PROGRAM_MANAGER','EMPLOYEE')")
    @Operation(summary = "The program's sponsor (empty when it has none)",
            description = "Anyone who may see the program (employees never see drafts: 404).")
    SponsorBody get(@PathVariable long id) {
        return body(programs.get(id));
    }

    @PutMapping("/api/v1/programs/{id}/sponsor")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Set or clear the program's sponsor",
            description = "The program's managers only (others get 404). sponsor is the employee number of an "
                    + "active employee with an active account (400 naming the field otherwise); empty or absent "
                    + "clears it. Send the program's version: a stale one gets 409 and changes nothing.")
    SponsorBody set(@PathVariable long id, @RequestBody(required = false) SponsorChange change) {
        if (change == null || change.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "program.sponsor.version.required",
                    "Send the version of the program you read."));
        }
        return body(sponsors.set(id, change.sponsor(), change.version()));
    }

    private SponsorBody body(ProgramView program) {
        Employee sponsor = sponsors.of(program.id()).orElse(null);
        return new SponsorBody(program.id(), sponsor == null ? null : sponsor.employeeNumber(),
                sponsor == null ? null : sponsor.fullName(), sponsor == null ? null : sponsor.email(),
                program.version());
    }

    /** The wanted sponsor's employee number (blank clears) and the program's version. */
    record SponsorChange(String sponsor, Long version) {
    }

    /** The sponsor as shown: nulls when the program has none; {@code version} is the program's. */
    record SponsorBody(long programId, String employeeNumber, String fullName, String email, long version) {
    }
}
