package org.flipside.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.FlipsideApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The program module keeps to its boundaries: it uses only the public API of modules below it, never above. */
class ProgramModuleTests {

    @Test
    void programDependsOnlyOnLowerModulesThroughTheirPublicApi() {
        ApplicationModules modules = ApplicationModules.of(FlipsideApplication.class);
        ApplicationModule program = modules.getModuleByName("program").orElseThrow();

        program.verifyDependencies(modules);
        assertThat(program.getDirectDependencies(modules).uniqueModules().map(module -> module.getIdentifier().toString()))
                .isNotEmpty()
                .allMatch(name -> name.equals("people") || name.equals("identity") || name.equals("audit")
                        || name.equals("shared"));
    }
}
