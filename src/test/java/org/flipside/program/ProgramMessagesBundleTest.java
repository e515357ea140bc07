package org.flipside.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the module shows must exist in its bundle, so nothing appears as a raw key or hard-coded English. */
class ProgramMessagesBundleTest {

    private static final Pattern CODE_IN_JAVA = Pattern.compile("\"(program\\.[a-zA-Z.]+)\"");

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/program", Locale.ROOT);

    @Test
    void everyStateObjectiveAndCadenceHasALabel() {
        for (ProgramState state : ProgramState.values()) {
            assertThat(bundle.containsKey("program.state." + state.name())).as(state.name()).isTrue();
        }
        for (Objective objective : Objective.values()) {
            assertThat(bundle.containsKey(objective.messageKey())).as(objective.name()).isTrue();
        }
        for (Cadence cadence : Cadence.values()) {
            assertThat(bundle.containsKey(cadence.messageKey())).as(cadence.name()).isTrue();
        }
    }

    @Test
    void everyLegalTransitionHasAButtonAndAConfirmation() {
        for (ProgramState from : ProgramState.values()) {
            for (ProgramState to : from.next()) {
                assertThat(bundle.containsKey("program.transition." + from + "." + to)).as(from + "->" + to).isTrue();
                assertThat(bundle.containsKey("program.transition." + from + "." + to + ".confirm")).isTrue();
            }
        }
    }

    @Test
    void everyMessageCodeUsedInTheCodeExists() throws IOException {
        Set<String> codes = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/flipside/program"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_IN_JAVA.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        codes.removeIf(code -> code.endsWith("."));
        assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(bundle.containsKey(code)).as(code).isTrue());
    }

    @Test
    void everyFieldInProblemsHasALabel() {
        for (String field : new String[]{"name", "purpose", "objectives", "customObjectives", "focusTopics", "startDate",
                "endDate", "cadence", "mentorCapacity", "templateCode", "target", "version"}) {
            assertThat(bundle.containsKey("field." + field)).as(field).isTrue();
        }
    }
}
