package org.flipside.pairing;

import java.util.List;
import org.flipside.shared.web.PageOf;

/**
 * Pairs as pages, the API and other modules use them. Every read is authorised per record: a pair is visible to its
 * two people and to its program's managers; anyone else (administrators included) gets
 * {@link org.flipside.shared.NotFoundException}.
 */
public interface Pairs {

    PairView get(long pairId);

    /** What the signed-in person is to the pair; {@link org.flipside.shared.NotFoundException} if nothing. */
    PairRole role(long pairId);

    /** The signed-in employee's pairs in every program, newest first. */
    List<PairView> mine();

    /** One page of the program's pairs, oldest first, for its managers. */
    PageOf<PairView> ofProgram(long programId, int page, int size);

    /**
     * Pairs a mentee and a mentor of the program by hand (managers only), under every hard rule and seat limit
     * matching keeps; see {@link org.flipside.matching.ManualMatches}.
     */
    PairView create(long programId, long menteeParticipantId, long mentorParticipantId);
}
