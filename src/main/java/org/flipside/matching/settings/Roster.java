package org.flipside.matching.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantQuery;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.program.Side;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.springframework.stereotype.Component;

/** A program's approved participants, the people matching is about, read through enrolment's own rules. */
@Component
public class Roster {

    private final Enrollment enrollment;

    Roster(Enrollment enrollment) {
        this.enrollment = enrollment;
    }

    /** Every approved participant of the program (on both sides), by participant id. */
    public Map<Long, ParticipantView> approved(long programId) {
        List<ParticipantView> all = new ArrayList<>();
        ParticipantQuery query = new ParticipantQuery(null, ParticipantState.APPROVED);
        PageOf<ParticipantView> page;
        int number = 0;
        do {
            page = enrollment.participants(programId, query, number++, PageRequests.MAX_SIZE);
            all.addAll(page.items());
        } while (page.hasNext());
        return all.stream().collect(Collectors.toMap(ParticipantView::id, Function.identity()));
    }

    /** Whether the participant is an approved participant of this program on this side. */
    public static boolean on(Map<Long, ParticipantView> approved, long participantId, Side side) {
        ParticipantView participant = approved.get(participantId);
        return participant != null && participant.side() == side;
    }
}
