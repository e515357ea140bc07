package org.flipside.feedback.safety;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import org.flipside.audit.AuditLog;
import org.flipside.feedback.SafetyFlagRaised;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.program.Programs;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidential flags for low pulse answers. Only the program's managers see them (everyone else is told they do not
 * exist); a flag names the pair only when the junior mentor agreed to be contacted, and the mail about it never does.
 */
@Service
@Transactional
public class SafetyFlags {

    static final String KIND = "SafetyFlag";
    static final int NOTE_LENGTH = 2000;

    private final FlagStore store;
    private final ManagerGate gate;
    private final Programs programs;
    private final Pairs pairs;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    SafetyFlags(FlagStore store, ManagerGate gate, Programs programs, Pairs pairs, Accounts accounts,
                ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.programs = programs;
        this.pairs = pairs;
        this.accounts = accounts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Raises a flag for a low answer; without {@code contact} it keeps neither the pair nor the score. */
    void raise(PairView pair, int round, LocalDate day, boolean contact, BigDecimal mean) {
        LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long id = store.raise(pair.programId(), round, week, contact ? pair.id() : null, contact ? mean : null);
        List<SafetyFlagRaised.Recipient> managers = programs.managers(pair.programId()).stream()
                .map(accounts::findByUsername).flatMap(java.util.Optional::stream)
                .filter(AccountView::active)
                .filter(account -> account.email() != null && !account.email().isBlank())
                .map(account -> new SafetyFlagRaised.Recipient(account.displayName(), account.email()))
                .toList();
        events.publishEvent(new SafetyFlagRaised(id, pair.programId(), pair.programName(), managers,
                "/programs/" + pair.programId() + "/safety-pulse#flags"));
    }

    /** The program's flags, those waiting for a follow-up first. */
    @Transactional(readOnly = true)
    public List<SafetyFlag> list(long programId) {
        gate.requireManager(programId);
        return store.ofProgram(programId).stream().map(this::view).toList();
    }

    /** Marks the flag followed up with a note; a stale version answers 409 and keeps what is stored. */
    public SafetyFlag followUp(long programId, long flagId, String note, Long version) {
        gate.requireManager(programId);
        FlagStore.Row flag = store.find(programId, flagId).orElseThrow(() -> new NotFoundException(KIND, flagId));
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("note", "feedback.safety.note.required",
                    "Write what was done to follow this flag up."));
        }
        if (text.length() > NOTE_LENGTH) {
            throw new InvalidInputException(FieldProblem.of("note", "feedback.safety.note.length",
                    "A note holds up to {0} characters; this one has {1}.", NOTE_LENGTH, text.length()));
        }
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "feedback.safety.version.required",
                    "Send the version you read."));
        }
        if (!store.followUp(programId, flagId, text, managerName(), clock.instant(), version)) {
            throw new StaleEditException(KIND, flag.id());
        }
        audit.success("SAFETY_FLAG_FOLLOWED_UP", KIND, flagId, "program=" + programId);
        return view(store.find(programId, flagId).orElseThrow());
    }

    private SafetyFlag view(FlagStore.Row row) {
        PairView pair = row.pairId() == null ? null : pairs.get(row.pairId());
        return new SafetyFlag(row.id(), row.programId(), row.round(), row.weekOf(), row.pairId(),
                pair == null ? null : pair.mentor().fullName(), pair == null ? null : pair.mentee().fullName(),
                row.mean(), row.followedUp(), row.note(), row.followedUpBy(), row.followedUpAt(), row.version());
    }

    private String managerName() {
        String username = Objects.requireNonNull(SecurityContextHolder.getContext().getAuthentication()).getName();
        return accounts.findByUsername(username).map(AccountView::displayName).orElse(username);
    }
}
