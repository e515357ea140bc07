package org.flipside.pairing.agreement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.pairing.PairView;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.pairing.pair.PairRow;
import org.flipside.pairing.pair.PairStore;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.UserMessages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentoring agreement of a pair. Either person edits it; a changed text is saved as the next version, which
 * nobody has signed yet, so a change always needs both signatures again. Each person signs the version they read;
 * the agreement is signed when both signed the current version. The program's managers read it; a closed pair's
 * agreement is kept as it was.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    static final String KIND = "Agreement";

    private final PairAccess access;
    private final PairStore pairs;
    private final AgreementStore store;
    private final UserMessages messages;
    private final AuditLog audit;
    private final Clock clock;

    AgreementService(PairAccess access, PairStore pairs, AgreementStore store, UserMessages messages, AuditLog audit,
                     Clock clock) {
        this.access = access;
        this.pairs = pairs;
        this.store = store;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The agreement for the pair's people and managers (a manager's read is audited as opening the workspace). */
    @Transactional
    public AgreementView get(long pairId) {
        return of(access.open(pairId).pair());
    }

    /** The agreement of a pair whose access the caller already decided. */
    public AgreementView of(PairView pair) {
        List<AgreementStore.Stored> stored = store.versions(pair.id());
        Map<Long, List<AgreementStore.SignatureRow>> signatures =
                store.signatures(stored.stream().map(AgreementStore.Stored::id).toList());
        List<AgreementVersion> history = stored.stream().map(version -> new AgreementVersion(version.number(),
                version.terms(), version.createdAt(), version.createdBySide(),
                pair.member(version.createdBySide()).fullName(),
                signatures.getOrDefault(version.id(), List.of()).stream()
                        .map(s -> new Signature(version.number(), s.side(), s.participantId(),
                                pair.member(s.side()).fullName(), s.signedAt()))
                        .toList())).toList();
        AgreementVersion current = history.isEmpty() ? null : history.get(0);
        return new AgreementView(pair.id(), current == null ? 0 : current.number(),
                current == null ? suggested(pair) : current.terms(), current,
                current != null && current.signedByBoth(), pair.state().closed(), history);
    }

    /** What a new agreement starts from: the program's cadence, mixed meetings and our confidentiality wording. */
    public AgreementTerms suggested(PairView pair) {
        return new AgreementTerms(pair.cadence(), AgreedMeetingMode.MIXED,
                messages.text("agreement.confidentiality.default"), "", "", null);
    }

    /**
     * Saves the terms as the next version when they differ from the current one (unchanged terms change nothing).
     *
     * @param expectedVersion the version number the caller started from (0 for the first text)
     */
    @Transactional
    public AgreementView save(long pairId, AgreementTerms proposed, int expectedVersion) {
        Access member = member(pairId);
        AgreementTerms terms = proposed.normalised();
        List<FieldProblem> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        lockOpen(pairId);
        List<AgreementStore.Stored> versions = store.versions(pairId);
        int current = versions.isEmpty() ? 0 : versions.get(0).number();
        if (current != expectedVersion) {
            throw new StaleEditException(KIND, pairId);
        }
        if (!versions.isEmpty() && versions.get(0).terms().sameAs(terms)) {
            return of(member.pair());
        }
        try {
            store.insert(pairId, current + 1, terms, clock.instant(), member.side(), username());
        } catch (DuplicateKeyException savedMeanwhile) {
            throw new StaleEditException(KIND, pairId);
        }
        audit.success("PAIR_AGREEMENT_SAVED", PairAccess.KIND, pairId, "version=" + (current + 1));
        return of(member.pair());
    }

    /**
     * Signs the given version for the caller's side. Signing a version that is no longer the current one is refused
     * (the text changed since it was read); signing twice changes nothing.
     */
    @Transactional
    public AgreementView sign(long pairId, int version) {
        Access member = member(pairId);
        lockOpen(pairId);
        List<AgreementStore.Stored> versions = store.versions(pairId);
        if (versions.isEmpty()) {
            throw new RuleViolationException("agreement.sign.nothingWritten",
                    "Nobody has written the agreement yet: write it first, then both of you sign it.");
        }
        AgreementStore.Stored current = versions.get(0);
        if (current.number() != version) {
            throw new RuleViolationException("agreement.sign.superseded",
                    "Version " + version + " is no longer the current text (version " + current.number()
                            + " is). Read the current text and sign that.", version, current.number());
        }
        Side side = member.side();
        boolean signed = store.signatures(List.of(current.id())).getOrDefault(current.id(), List.of()).stream()
                .anyMatch(s -> s.side() == side);
        if (!signed) {
            Instant now = clock.instant();
            store.sign(current.id(), side, member.pair().member(side).participantId(), now, username());
            audit.success("PAIR_AGREEMENT_SIGNED", PairAccess.KIND, pairId, "version=" + version + " side=" + side);
        }
        return of(member.pair());
    }

    private Access member(long pairId) {
        Access found = access.require(pairId);
        if (!found.member()) {
            throw new AccessDeniedException("A program manager reads the agreement; only the pair's two people "
                    + "write and sign it.");
        }
        return found;
    }

    private void lockOpen(long pairId) {
        PairRow row = pairs.lock(pairId).orElseThrow(() -> new NotFoundException(PairAccess.KIND, pairId));
        if (row.state().closed()) {
            throw new RuleViolationException("agreement.closed",
                    "The pair is closed: its agreement is kept as it was and no longer changes.");
        }
    }

    private static String username() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
