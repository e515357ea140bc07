package org.flipside.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.web.PageOf;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The directory pages. The list is a plain GET form that works without JavaScript; with htmx, changing a filter
 * fetches only the results table and puts the search into the address bar, so back, reload and sharing a link work.
 */
@Controller
@RequestMapping("/people")
class PeopleController {

    private final Directory directory;

    PeopleController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String list(@ModelAttribute("filter") DirectoryFilter filter,
                @RequestHeader(name = "HX-Request", required = false) String htmx,
                @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        int page = filter.pageNumber();
        int size = filter.pageSize();
        PageOf<Employee> results;
        try {
            results = directory.search(filter.toQuery(), page, size);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            results = new PageOf<>(List.of(), 0, size, 0);
        }
        model.addAttribute("results", results);
        model.addAttribute("previousLink", results.hasPrevious() ? filter.link(page - 1) : null);
        model.addAttribute("nextLink", results.hasNext() ? filter.link(page + 1) : null);
        // The same address answers with a whole page or only the table, so caches must tell them apart.
        response.addHeader("Vary", "HX-Request");
        if ("true".equals(htmx) && !"true".equals(historyRestore)) {
            return "people/list :: results";
        }
        model.addAttribute("departments", directory.departments());
        model.addAttribute("locations", directory.locations());
        model.addAttribute("statuses", EmploymentStatus.values());
        return "people/list";
    }

    @GetMapping("/{employeeNumber}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String person(@PathVariable String employeeNumber, Model model) {
        Employee employee = directory.byNumber(employeeNumber)
                .orElseThrow(() -> new NotFoundException("Employee", employeeNumber));
        model.addAttribute("employee", employee);
        model.addAttribute("manager", employee.managerNumber() == null ? null
                : directory.byNumber(employee.managerNumber()).orElse(null));
        model.addAttribute("reports", directory.directReports(employee.employeeNumber()));
        return "people/person";
    }
}
