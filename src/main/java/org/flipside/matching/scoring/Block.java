package org.flipside.matching.scoring;

import java.util.List;
import java.util.Objects;
import org.flipside.matching.settings.Criterion;

/**
 * Why a pair is not allowed.
 *
 * @param criterion the criterion below its threshold, only for {@link Constraint#MUST_HAVE}, else {@code null}
 * @param reason    the details a manager reads; never says whose do-not-match list named whom
 */
public record Block(Constraint constraint, Criterion criterion, Reason reason) {

    public Block {
        Objects.requireNonNull(constraint, "constraint");
        if ((constraint == Constraint.MUST_HAVE) != (criterion != null)) {
            throw new IllegalArgumentException("A criterion goes with MUST_HAVE and only with it");
        }
        if (reason == null) {
            reason = new Reason(constraint.messageKey(), criterion == null ? List.of()
                    : List.of(Term.of(criterion.messageKey())));
        }
    }

    /** A block with the constraint's general reason. */
    public Block(Constraint constraint, Criterion criterion) {
        this(constraint, criterion, null);
    }
}
