package org.flipside.pairing.pair;

import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairView;
import org.flipside.people.Employee;
import org.flipside.program.CurrentEmployee;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may see a pair, decided on the server for every request: its two people (recognised by the signed-in account's
 * directory entry) and its program's managers. Anyone else — administrators included — is told the pair does not
 * exist, so its existence leaks to nobody. A program manager opening a pair's workspace is audited.
 */
@Component
public class PairAccess {

    public static final String KIND = "Pair";

    private final PairStore store;
    private final PairViews views;
    private final CurrentEmployee currentEmployee;
    private final Programs programs;
    private final AuditLog audit;

    PairAccess(PairStore store, PairViews views, CurrentEmployee currentEmployee, Programs programs, AuditLog audit) {
        this.store = store;
        this.views = views;
        this.currentEmployee = currentEmployee;
        this.programs = programs;
        this.audit = audit;
    }

    /** The pair and the caller's role in it, for its people or its program's managers. */
    public Access require(long pairId) {
        PairView pair = views.of(store.find(pairId).orElseThrow(() -> notFound(pairId)));
        PairRole role = roleIn(pair);
        if (role == null) {
            throw notFound(pairId);
        }
        return new Access(pair, role);
    }

    /** Like {@link #require(long)} but only for the pair's two people: what is private to them is not a manager's. */
    public Access requireMember(long pairId) {
        Access access = require(pairId);
        if (!access.role().member()) {
            throw notFound(pairId);
        }
        return access;
    }

    /** {@link #require(long)} for opening the workspace: a manager's look is written to the audit log. */
    public Access open(long pairId) {
        Access access = require(pairId);
        if (access.role() == PairRole.MANAGER) {
            audit.success("PAIR_WORKSPACE_OPENED", KIND, pairId, "program=" + access.pair().programId());
        }
        return access;
    }

    /** The caller's role in the pair, or {@code null} when they may not see it. */
    PairRole roleIn(PairView pair) {
        String number = currentEmployee.get().map(Employee::employeeNumber).orElse(null);
        if (number != null && number.equals(pair.mentee().employeeNumber())) {
            return PairRole.MENTEE;
        }
        if (number != null && number.equals(pair.mentor().employeeNumber())) {
            return PairRole.MENTOR;
        }
        return programs.managedByCurrentUser(pair.programId()) ? PairRole.MANAGER : null;
    }

    private static NotFoundException notFound(long pairId) {
        return new NotFoundException(KIND, pairId);
    }

    /** A pair as the caller may see it; named so that workspace notices of other modules can read it. */
    @org.springframework.modulith.NamedInterface("workspace")
    public record Access(PairView pair, PairRole role) {

        /** The caller's side; {@code null} for a manager. */
        public Side side() {
            return role.side();
        }

        public boolean member() {
            return role.member();
        }
    }
}
