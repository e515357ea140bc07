package org.flipside.people;

import java.util.List;
import java.util.Optional;

/**
 * Who reports to whom, at any depth. Answers in constant time, so matching can ask about every candidate pair.
 */
public interface ReportingLines {

    /**
     * Whether one of the two manages the other directly or through any number of levels. A known person is in their
     * own chain; an unknown employee number is in nobody's. People on a reporting cycle (bad HR data) count as
     * being in each other's chain, and so does everyone below them.
     */
    boolean inChainOf(String employeeNumber, String otherEmployeeNumber);

    /**
     * The person's place in the management forest, to precompute once and compare many times with
     * {@link ChainPosition#inChainWith}; empty for an unknown employee number, who is in nobody's chain.
     */
    Optional<ChainPosition> position(String employeeNumber);

    /** Reporting cycles found in the directory, each as the employee numbers on it; empty when the data is sound. */
    List<List<String>> cycles();
}
