package org.flipside.pairing.closing;

import java.time.Clock;
import java.time.Instant;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairClosed;
import org.flipside.pairing.PairRole;
import org.flipside.pairing.PairState;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.pair.PairRow;
import org.flipside.pairing.pair.PairStore;
import org.flipside.pairing.pair.PairViews;
import org.flipside.program.Side;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a pair. One of its people proposes an outcome with their reason; the partner either agrees with a reason of
 * their own, which closes the pair with that outcome, or answers with the other outcome, which makes theirs the open
 * proposal (the first reason stays on record until its author agrees or withdraws). Only the proposer may withdraw.
 * A program manager may close a pair directly with a reason. Every change names the version the caller started from
 * ({@link StaleEditException} when the pair moved on), is audited, and a closed pair changes no more.
 */
@Service
@Transactional
public class PairClosings {

    private final PairAccess access;
    private final PairStore pairs;
    private final PairViews views;
    private final ClosingStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairClosings(PairAccess access, PairStore pairs, PairViews views, ClosingStore store, AuditLog audit,
                 ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.pairs = pairs;
        this.views = views;
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One of the pair's people proposes to close it. */
    public PairView propose(long pairId, String outcomeValue, String reasonValue, long version) {
        Side side = member(pairId);
        PairState outcome = ClosingRules.outcome(outcomeValue);
        String reason = ClosingRules.reason(reasonValue);
        PairRow pair = open(pairId, version);
        if (pair.closingOutcome() != null) {
            throw pair.closingRequestedBy() == side
                    ? new RuleViolationException("pair.closing.alreadyProposed",
                    "You already proposed to close this pair; withdraw it first to propose something else.")
                    : new RuleViolationException("pair.closing.partnerProposed",
                    "Your partner already proposed to close this pair: agree, or answer with the other outcome.");
        }
        change(store.propose(pairId, version, outcome, side, reason, clock.instant()), pairId);
        audit.success("PAIR_CLOSING_PROPOSED", PairAccess.KIND, pairId, "outcome=" + outcome + " by=" + side);
        return view(pairId);
    }

    /**
     * The partner of the proposer answers: with no outcome or the proposed one the pair closes with it; with the
     * other outcome, that becomes the open proposal and the first proposer is asked to agree.
     */
    public PairView agree(long pairId, String outcomeValue, String reasonValue, long version) {
        Side side = member(pairId);
        PairState answer = outcomeValue == null || outcomeValue.isBlank() ? null : ClosingRules.outcome(outcomeValue);
        String reason = ClosingRules.reason(reasonValue);
        PairRow pair = open(pairId, version);
        if (pair.closingOutcome() == null) {
            throw new RuleViolationException("pair.closing.noProposal", "Nobody proposed to close this pair.");
        }
        if (pair.closingRequestedBy() == side) {
            throw new RuleViolationException("pair.closing.ownProposal",
                    "This is your own proposal: your partner answers it.");
        }
        Instant now = clock.instant();
        if (answer != null && answer != pair.closingOutcome()) {
            change(store.propose(pairId, version, answer, side, reason, now), pairId);
            audit.success("PAIR_CLOSING_COUNTERED", PairAccess.KIND, pairId, "outcome=" + answer + " by=" + side);
            return view(pairId);
        }
        change(store.agree(pairId, version, pair.closingOutcome(), side, reason, now, actor()), pairId);
        return closed(pairId, pair, pair.closingOutcome(), now, "agreed by=" + side);
    }

    /** The proposer takes their proposal back; the pair goes on as before. */
    public PairView withdraw(long pairId, long version) {
        Side side = member(pairId);
        PairRow pair = open(pairId, version);
        if (pair.closingOutcome() == null || pair.closingRequestedBy() != side) {
            throw new RuleViolationException("pair.closing.notYours",
                    "There is no proposal of yours to close this pair to withdraw.");
        }
        change(store.withdraw(pairId, version), pairId);
        audit.success("PAIR_CLOSING_WITHDRAWN", PairAccess.KIND, pairId, "by=" + side);
        return view(pairId);
    }

    /** A manager of the pair's program closes it directly. */
    public PairView closeByManager(long pairId, String outcomeValue, String reasonValue, long version) {
        Access seen = access.require(pairId);
        if (seen.role() != PairRole.MANAGER) {
            throw new AccessDeniedException("Only the program's managers close a pair directly.");
        }
        PairState outcome = ClosingRules.outcome(outcomeValue);
        String reason = ClosingRules.reason(reasonValue);
        PairRow pair = open(pairId, version);
        Instant now = clock.instant();
        change(store.closeByManager(pairId, version, outcome, reason, now, actor()), pairId);
        return closed(pairId, pair, outcome, now, "by manager");
    }

    private Side member(long pairId) {
        Access seen = access.require(pairId);
        if (!seen.member()) {
            throw new AccessDeniedException("Proposing and agreeing to close a pair is for its two people.");
        }
        return seen.side();
    }

    /** The pair's row, locked, if it is still open and at the caller's version. */
    private PairRow open(long pairId, long version) {
        PairRow pair = pairs.lock(pairId).orElseThrow(() -> new StaleEditException(PairAccess.KIND, pairId));
        if (pair.state().closed()) {
            throw new RuleViolationException("pair.closing.closed", "This pair is closed and can no longer change.");
        }
        if (pair.version() != version) {
            throw new StaleEditException(PairAccess.KIND, pairId);
        }
        return pair;
    }

    private static void change(boolean changed, long pairId) {
        if (!changed) {
            throw new StaleEditException(PairAccess.KIND, pairId);
        }
    }

    private PairView closed(long pairId, PairRow pair, PairState outcome, Instant at, String how) {
        audit.success("PAIR_CLOSED", PairAccess.KIND, pairId, "outcome=" + outcome + " " + how);
        events.publishEvent(new PairClosed(pairId, pair.programId(), outcome, at));
        return view(pairId);
    }

    private PairView view(long pairId) {
        return views.of(pairs.find(pairId).orElseThrow());
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
