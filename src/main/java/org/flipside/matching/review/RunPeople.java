package org.flipside.matching.review;

import java.util.HashMap;
import java.util.Map;
import org.flipside.matching.run.ProposalStore;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.springframework.stereotype.Component;

/** The directory entries of everyone a run is about, in one directory query, by participant id. */
@Component
public class RunPeople {

    private final ProposalStore proposals;
    private final Directory directory;

    RunPeople(ProposalStore proposals, Directory directory) {
        this.proposals = proposals;
        this.directory = directory;
    }

    /** Participants who are no longer in the directory are missing. */
    public Map<Long, Employee> of(long runId) {
        Map<Long, String> numbers = proposals.employeeNumbers(runId);
        Map<String, Employee> employees = directory.byNumbers(numbers.values());
        Map<Long, Employee> byParticipant = new HashMap<>();
        numbers.forEach((participant, number) -> {
            Employee employee = employees.get(number);
            if (employee != null) {
                byParticipant.put(participant, employee);
            }
        });
        return byParticipant;
    }
}
