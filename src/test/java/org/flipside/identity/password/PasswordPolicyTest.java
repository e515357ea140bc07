package org.flipside.identity.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.flipside.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Length-based password rules: 12 to 128 code points, not common, not containing the username, nothing else. */
class PasswordPolicyTest {

    static final CommonPasswords COMMON = new CommonPasswords();
    final PasswordPolicy policy = new PasswordPolicy(COMMON);

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertThat(codes("abcdefghijk")).containsExactly("password.tooShort");
        assertThat(codes("abcdefghijkl")).isEmpty();
    }

    @Test
    void acceptsOneHundredTwentyEightCharactersAndRefusesOneHundredTwentyNine() {
        assertThat(codes(letters(128))).isEmpty();
        assertThat(codes(letters(129))).containsExactly("password.tooLong");
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String sixEmoji = "\uD83D\uDE00\uD83C\uDF89\uD83D\uDE80\uD83C\uDF1F\uD83D\uDC1B\uD83C\uDF55";
        String elevenCodePoints = sixEmoji + "abcde";
        String twelveCodePoints = sixEmoji + "abcdef";
        assertThat(elevenCodePoints).hasSize(17); // UTF-16 units: would pass a naive length check
        assertThat(codes(elevenCodePoints)).containsExactly("password.tooShort");
        assertThat(codes(twelveCodePoints)).isEmpty();

        String emoji128 = "\uD83D\uDE00".repeat(128);
        String emoji129 = "\uD83D\uDE00".repeat(129);
        assertThat(emoji128).hasSize(256); // would fail a naive length check
        assertThat(codes(emoji128)).isEmpty();
        assertThat(codes(emoji129)).containsExactly("password.tooLong");
    }

    @Test
    void refusesEveryListedCommonPasswordWhateverItsCase() throws IOException {
        List<String> listed = listedPasswords();
        assertThat(listed).hasSizeGreaterThan(100).allMatch(entry -> entry.codePointCount(0, entry.length()) >= 12,
                "is at least 12 characters (shorter entries would be refused by length anyway)");
        for (String entry : listed) {
            assertThat(codes(entry)).as(entry).containsExactly("password.common");
            assertThat(codes(entry.toUpperCase(Locale.ROOT))).as(entry.toUpperCase(Locale.ROOT)).containsExactly("password.common");
        }
        assertThat(codes("qwertyuiopasdfghjkl" + "x")).doesNotContain("password.common");
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(codes("abcdefghijkl")).isEmpty();
        assertThat(codes("correct horse battery")).isEmpty();
        assertThat(codes("4815162342108")).isEmpty();
    }

    @Test
    void refusesAPasswordThatContainsTheUsernameInAnyCase() {
        assertThat(policy.check("password", "my-Jane.Doe-password", "jane.doe")).extracting(FieldProblem::code)
                .containsExactly("password.containsUsername");
        assertThat(policy.check("password", "my-unrelated-password", "jane.doe")).isEmpty();
        assertThat(policy.check("password", "my-unrelated-password", null)).isEmpty();
    }

    @Test
    void reportsEveryProblemOnTheGivenField() {
        assertThat(policy.check("newPassword", "", "x")).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("newPassword", "password.required"));
        assertThat(policy.check("newPassword", null, "x")).extracting(FieldProblem::code).containsExactly("password.required");
        assertThat(policy.check("newPassword", "bob", "bob")).extracting(FieldProblem::code)
                .containsExactly("password.tooShort", "password.containsUsername");
    }

    private List<String> codes(String password) {
        return policy.check("password", password, "someone").stream().map(FieldProblem::code).toList();
    }

    private static String letters(int count) {
        StringBuilder builder = new StringBuilder();
        for (int i = 0; i < count; i++) {
            builder.append((char) ('a' + (i * 7) % 26));
        }
        return builder.toString();
    }

    private static List<String> listedPasswords() throws IOException {
        try (InputStream in = new ClassPathResource(CommonPasswords.RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
