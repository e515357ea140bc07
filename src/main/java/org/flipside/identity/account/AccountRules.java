package org.flipside.identity.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.flipside.identity.Role;
import org.flipside.shared.FieldProblem;

/** Field rules for account data, shared by the admin form, the API and the first-administrator bootstrap. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AccountRules() {
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static List<FieldProblem> checkUsername(String username) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username.isEmpty()) {
            problems.add(FieldProblem.of("username", "account.username.required", "Enter a username."));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(FieldProblem.of("username", "account.username.format",
                    "Use 3 to 100 characters: letters, digits, '.', '_', '-' or '@', starting with a letter or digit."));
        }
        return problems;
    }

    static List<FieldProblem> checkProfile(String displayName, String email, String timeZone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            problems.add(FieldProblem.of("displayName", "account.displayName.required", "Enter the person's name."));
        } else if (displayName.strip().length() > 200) {
            problems.add(FieldProblem.of("displayName", "account.displayName.tooLong", "Use at most 200 characters."));
        }
        if (email != null && !email.isBlank() && (email.length() > 320 || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(FieldProblem.of("email", "account.email.format", "'" + email.strip() + "' is not an email address."));
        }
        if (timeZone == null || timeZone.isBlank()) {
            problems.add(FieldProblem.of("timeZone", "account.timeZone.required", "Choose a time zone."));
        } else {
            try {
                ZoneId.of(timeZone.strip());
            } catch (DateTimeException e) {
                problems.add(FieldProblem.of("timeZone", "account.timeZone.unknown",
                        "'" + timeZone.strip() + "' is not a known time zone (use a name like Europe/Paris).", timeZone.strip()));
            }
        }
        return problems;
    }

    static List<FieldProblem> checkRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            return List.of(FieldProblem.of("roles", "account.roles.required", "Give the account at least one role."));
        }
        return List.of();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
