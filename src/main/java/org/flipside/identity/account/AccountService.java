package org.flipside.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flipside.audit.AuditLog;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.identity.password.PasswordPolicy;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.PageOf;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. Every change is audited; changes that reduce someone's rights end their sessions at once.
 */
@Service
public class AccountService implements Accounts {

    private static final String KIND = "Account";

    private final UserAccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
                   SessionTerminator sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AccountView open(NewAccount request) {
        String username = AccountRules.normaliseUsername(request.username());
        List<FieldProblem> problems = new ArrayList<>(AccountRules.checkUsername(username));
        if (problems.isEmpty() && accounts.existsByUsername(username)) {
            problems.add(FieldProblem.of("username", "account.username.taken", "The username '" + username + "' is taken.", username));
        }
        problems.addAll(AccountRules.checkProfile(request.displayName(), request.email(), request.timeZone()));
        problems.addAll(AccountRules.checkRoles(request.roles()));
        problems.addAll(passwordPolicy.check("password", request.password(), username));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account;
        try {
            account = accounts.save(UserAccount.open(username, request.displayName().strip(),
                    AccountRules.blankToNull(request.email()), request.timeZone().strip(), request.roles(),
                    passwordEncoder.encode(request.password()), Instant.now(clock)));
        } catch (RuntimeException e) {
            if (!causedByDuplicateKey(e)) {
                throw e;
            }
            // Someone created the same username between our check and our insert; the unique key decided.
            throw new InvalidInputException(FieldProblem.of("username", "account.username.taken",
                    "The username '" + username + "' is taken.", username));
        }
        audit.success("USER_CREATED", KIND, account.username(), "roles=" + sorted(account.roleSet()));
        return account.view();
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        return accounts.findByUsername(AccountRules.normaliseUsername(username)).map(UserAccount::view);
    }

    @Override
    public boolean activeAccountWithEmail(String email) {
        return email != null && !email.isBlank() && accounts.countActiveByEmail(email.strip()) > 0;
    }

    @Override
    public boolean anyAdministratorExists() {
        return accounts.countActiveAdministrators() > 0;
    }

    @Override
    public long count() {
        return accounts.count();
    }

    public AccountView get(long id) {
        return load(id).view();
    }

    public PageOf<AccountView> search(String query, int page, int size) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + q + "%";
        List<AccountView> items = accounts.search(q, pattern, size, (long) page * size).stream().map(UserAccount::view).toList();
        return new PageOf<>(items, page, size, accounts.countSearch(q, pattern));
    }

    @Transactional
    public AccountView changeRoles(long id, Set<Role> roles, long expectedVersion, String actingUsername) {
        List<FieldProblem> problems = AccountRules.checkRoles(roles);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        Set<Role> before = account.roleSet();
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            guardLastAdministrator(account);
            if (account.username().equals(actingUsername)) {
                throw new RuleViolationException("account.ownAdminRole", "You cannot remove your own administrator role.");
            }
        }
        account.grant(EnumSet.copyOf(roles));
        account.touch(Instant.now(clock));
        UserAccount saved = save(account);
        audit.success("USER_ROLES_CHANGED", KIND, saved.username(), "from=" + sorted(before) + " to=" + sorted(saved.roleSet()));
        // Sessions carry the roles granted at sign-in; ending them makes a removed right disappear at once.
        sessions.endAllSessionsOf(saved.username());
        return saved.view();
    }

    @Transactional
    public AccountView deactivate(long id, long expectedVersion, String actingUsername) {
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        if (account.username().equals(actingUsername)) {
            throw new RuleViolationException("account.deactivateSelf", "You cannot deactivate your own account.");
        }
        if (!account.active()) {
            return account.view();
        }
        if (account.roleSet().contains(Role.ADMIN)) {
            guardLastAdministrator(account);
        }
        account.deactivate(Instant.now(clock));
        UserAccount saved = save(account);
        int ended = sessions.endAllSessionsOf(saved.username());
        audit.success("USER_DEACTIVATED", KIND, saved.username(), "sessionsEnded=" + ended);
        return saved.view();
    }

    @Transactional
    public AccountView reactivate(long id, long expectedVersion) {
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        if (account.active()) {
            return account.view();
        }
        account.reactivate(Instant.now(clock));
        UserAccount saved = save(account);
        audit.success("USER_REACTIVATED", KIND, saved.username(), null);
        return saved.view();
    }

    /** An administrator sets a new password, e.g. for someone who forgot theirs; their sessions end. */
    @Transactional
    public void resetPassword(long id, String newPassword) {
        UserAccount account = load(id);
        List<FieldProblem> problems = passwordPolicy.check("password", newPassword, account.username());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(newPassword), Instant.now(clock));
        save(account);
        sessions.endAllSessionsOf(account.username());
        audit.success("USER_PASSWORD_RESET", KIND, account.username(), null);
    }

    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserAccount account = load(id);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            audit.record("PASSWORD_CHANGED", org.flipside.audit.Outcome.FAILURE, KIND, account.username(), "current password wrong");
            throw new InvalidInputException(FieldProblem.of("currentPassword", "password.currentWrong",
                    "The current password is not correct."));
        }
        List<FieldProblem> problems = passwordPolicy.check("newPassword", newPassword, account.username());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        account.changePassword(passwordEncoder.encode(newPassword), Instant.now(clock));
        save(account);
        audit.success("PASSWORD_CHANGED", KIND, account.username(), null);
    }

    @Transactional
    public AccountView updateProfile(long id, String displayName, String email, String timeZone) {
        List<FieldProblem> problems = AccountRules.checkProfile(displayName, email, timeZone);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserAccount account = load(id);
        account.updateProfile(displayName.strip(), AccountRules.blankToNull(email), timeZone.strip(), Instant.now(clock));
        UserAccount saved = save(account);
        audit.success("PROFILE_UPDATED", KIND, saved.username(), null);
        return saved.view();
    }

    private static boolean causedByDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    private void guardLastAdministrator(UserAccount account) {
        if (account.active() && accounts.countActiveAdministrators() <= 1) {
            throw new RuleViolationException("account.lastAdministrator",
                    "'" + account.username() + "' is the last active administrator; make someone else an administrator first.");
        }
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    private static void checkVersion(UserAccount account, long expectedVersion) {
        if (account.version() != expectedVersion) {
            throw new StaleEditException(KIND, account.username());
        }
    }

    private UserAccount save(UserAccount account) {
        try {
            return accounts.save(account);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(KIND, account.username());
        }
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
