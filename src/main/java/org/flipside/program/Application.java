package org.flipside.program;

import java.util.List;
import java.util.Map;

/**
 * What an applicant sends: answers by question id (several values only for multiple choice) and whether they
 * agree to the processing of their data for the program.
 */
public record Application(Map<Long, List<String>> answers, boolean consent) {

    public Application {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
