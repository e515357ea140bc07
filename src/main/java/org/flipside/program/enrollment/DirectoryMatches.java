package org.flipside.program.enrollment;

import java.util.ArrayList;
import java.util.List;
import org.flipside.people.Directory;
import org.flipside.people.DirectoryQuery;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.InvitationFilter;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.stereotype.Component;

/** Everyone still employed whom an invitation filter reaches, read page by page from the directory. */
@Component
class DirectoryMatches {

    private final Directory directory;

    DirectoryMatches(Directory directory) {
        this.directory = directory;
    }

    List<Employee> of(InvitationFilter filter) {
        DirectoryQuery query = new DirectoryQuery(null, filter.department(), filter.gradeMin(), filter.gradeMax(),
                filter.location(), EmploymentStatus.ACTIVE);
        List<Employee> all = new ArrayList<>();
        int page = 0;
        PageOf<Employee> current;
        do {
            current = directory.search(query, page++, PageRequests.MAX_SIZE);
            all.addAll(current.items());
        } while (current.hasNext());
        return all;
    }
}
