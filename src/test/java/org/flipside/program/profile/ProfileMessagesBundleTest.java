package org.flipside.program.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flipside.program.MeetingMode;
import org.flipside.program.WorkStyleDimension;
import org.junit.jupiter.api.Test;

/** Every text the profile pages show exists in the profile bundle: skills, statements, labels and problem codes. */
class ProfileMessagesBundleTest {

    private static final Pattern SHIPPED_SKILL = Pattern.compile("\\('([a-z0-9-]+)', '([A-Z_]+)', true");
    private static final Pattern CODE_IN_JAVA = Pattern.compile("\"((?:profile|skill)\\.[a-zA-Z.]+[a-zA-Z])\"");

    private final ResourceBundle bundle = ResourceBundle.getBundle("i18n/profile", Locale.ROOT);

    @Test
    void everyShippedSkillHasANameAndAKnownCategory() throws IOException {
        String migration = Files.readString(Path.of("src/main/resources/db/migration/V9__profile.sql"));
        Matcher matcher = SHIPPED_SKILL.matcher(migration);
        int count = 0;
        while (matcher.find()) {
            count++;
            assertThat(bundle.containsKey("skill." + matcher.group(1))).as(matcher.group(1)).isTrue();
            assertThat(SkillCategory.valueOf(matcher.group(2))).isNotNull();
        }
        assertThat(count).isEqualTo(60);
    }

    @Test
    void everyStatementDimensionSectionCategoryAndModeHasAText() {
        WorkStyle.STATEMENTS.forEach(s -> assertThat(bundle.containsKey(s.messageKey())).as(s.messageKey()).isTrue());
        for (WorkStyleDimension d : WorkStyleDimension.values()) {
            assertThat(bundle.containsKey("workstyle.dimension." + d.name())).as(d.name()).isTrue();
        }
        for (ProfileSection s : ProfileSection.values()) {
            assertThat(bundle.containsKey("profile.section." + s.name())).as(s.name()).isTrue();
        }
        for (SkillCategory c : SkillCategory.values()) {
            assertThat(bundle.containsKey("skill.category." + c.name())).as(c.name()).isTrue();
        }
        for (MeetingMode m : MeetingMode.values()) {
            assertThat(bundle.containsKey("profile.meetingMode." + m.name())).as(m.name()).isTrue();
        }
    }

    @Test
    void everyProblemCodeTheCodeUsesIsInTheBundle() throws IOException {
        List<String> codes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/flipside/program/profile"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_IN_JAVA.matcher(Files.readString(file));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(bundle.containsKey(code)).as(code).isTrue());
    }
}
