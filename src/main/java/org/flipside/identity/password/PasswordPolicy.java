package org.flipside.identity.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flipside.shared.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Length-based password rules (NIST SP 800-63B style): 12 to 128 characters, no composition rules,
 * not a known common password and not the account's own name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final CommonPasswords commonPasswords;

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    public List<FieldProblem> check(String field, String password, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, "password.required", "Enter a password."));
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(FieldProblem.of(field, "password.tooShort",
                    "Use at least " + MIN_LENGTH + " characters (this one has " + length + ").", MIN_LENGTH, length));
        }
        if (length > MAX_LENGTH) {
            problems.add(FieldProblem.of(field, "password.tooLong",
                    "Use at most " + MAX_LENGTH + " characters (this one has " + length + ").", MAX_LENGTH, length));
        }
        if (commonPasswords.contains(password)) {
            problems.add(FieldProblem.of(field, "password.common",
                    "This password is on a list of commonly used passwords; choose another."));
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(FieldProblem.of(field, "password.containsUsername",
                    "The password must not contain the username."));
        }
        return problems;
    }
}
