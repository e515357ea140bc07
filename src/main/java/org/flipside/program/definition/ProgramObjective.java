package org.flipside.program.definition;

import org.flipside.program.Objective;
import org.flipside.program.ObjectiveChoice;

/** One objective of a program, kept in the order the manager gave them. */
record ProgramObjective(Objective catalogueCode, String customText) {

    static ProgramObjective from(ObjectiveChoice choice) {
        return new ProgramObjective(choice.catalogue(), choice.custom());
    }

    ObjectiveChoice choice() {
        return new ObjectiveChoice(catalogueCode, customText);
    }
}
