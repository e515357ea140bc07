package org.flipside.pairing.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flipside.program.Side;

/** One saved text of a pair's agreement and the signatures given to exactly this text. */
public record AgreementVersion(int number, AgreementTerms terms, Instant createdAt, Side createdBySide,
                               String createdByName, List<Signature> signatures) {

    public AgreementVersion {
        signatures = List.copyOf(signatures);
    }

    public Optional<Signature> signatureOf(Side side) {
        return signatures.stream().filter(s -> s.side() == side).findFirst();
    }

    public boolean signedBy(Side side) {
        return signatureOf(side).isPresent();
    }

    public boolean signedByBoth() {
        return signedBy(Side.MENTEE) && signedBy(Side.MENTOR);
    }
}
