package org.flipside.pairing.agreement;

import java.util.List;
import org.flipside.program.Side;

/**
 * A pair's agreement as its people and managers see it.
 *
 * @param version  the current version's number; 0 while nobody has written the agreement
 * @param terms    the current version's terms, or the suggested starting text while there is none
 * @param current  the current version, {@code null} while nobody has written the agreement
 * @param readOnly true once the pair is closed: nobody changes or signs it any more
 * @param history  every version, newest first (the current one included)
 */
public record AgreementView(long pairId, int version, AgreementTerms terms, AgreementVersion current,
                            boolean signed, boolean readOnly, List<AgreementVersion> history) {

    public AgreementView {
        history = List.copyOf(history);
    }

    public boolean written() {
        return current != null;
    }

    public boolean signedBy(Side side) {
        return current != null && current.signedBy(side);
    }
}
