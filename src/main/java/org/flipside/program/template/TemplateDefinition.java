package org.flipside.program.template;

import java.util.List;
import org.flipside.program.Cadence;
import org.flipside.program.Objective;

/**
 * The language-independent part of a template. Its name, purpose and focus topics are the message keys
 * {@code template.<code>.name}, {@code .purpose} and {@code .topics} (topics separated by ';').
 */
record TemplateDefinition(String code, List<Objective> objectives, Cadence cadence, int mentorCapacity) {

    TemplateDefinition {
        objectives = List.copyOf(objectives);
    }

    String key(String part) {
        return "template." + code + "." + part;
    }
}
