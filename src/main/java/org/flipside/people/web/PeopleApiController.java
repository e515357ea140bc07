package org.flipside.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.web.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the directory for HR tooling. Same roles as the pages: the directory is personal data. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The organisation's employee directory")
class PeopleApiController {

    private final Directory directory;

    PeopleApiController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "Search the directory",
            description = "Sorted by name. Every filter is optional; a value that is not valid is answered 400 "
                    + "with a problem naming the field. At most 200 people per page.")
    PageOf<Employee> search(
            @Parameter(description = "Text in name, email, employee number or job title") @RequestParam(required = false) String q,
            @RequestParam(required = false) String department,
            @Parameter(description = "Exactly this grade") @RequestParam(required = false) String grade,
            @Parameter(description = "Lowest grade") @RequestParam(required = false) String gradeMin,
            @Parameter(description = "Highest grade") @RequestParam(required = false) String gradeMax,
            @RequestParam(required = false) String location,
            @Parameter(description = "ACTIVE or LEAVER") @RequestParam(required = false) String status,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "People per page, 1 to 200 (default 25)") @RequestParam(required = false) String size) {
        DirectoryFilter filter = new DirectoryFilter(q, department, grade, gradeMin, gradeMax, location, status, page, size);
        return directory.search(filter.toQuery(), filter.pageNumber(), filter.pageSize());
    }

    @GetMapping("/{employeeNumber}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "One person by employee number", description = "404 if there is no such person.")
    Employee person(@PathVariable String employeeNumber) {
        return directory.byNumber(employeeNumber).orElseThrow(() -> new NotFoundException("Employee", employeeNumber));
    }
}
