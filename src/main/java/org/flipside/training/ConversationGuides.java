package org.flipside.training;

import java.util.List;

/**
 * The conversation guides of a program, one per focus topic, for the people of its pairs and its managers. Reads
 * need the caller to take part in or manage the program; others get {@link org.flipside.shared.NotFoundException}.
 */
public interface ConversationGuides {

    /** The program's guides in the order of its focus topics. */
    List<GuideView> ofProgram(long programId);

    /** One guide of the program; {@link org.flipside.shared.NotFoundException} if the program has no such guide. */
    GuideView get(long programId, long guideId);
}
