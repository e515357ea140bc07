package org.flipside.pairing.pair;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.PairClosing;
import org.flipside.pairing.PairMember;
import org.flipside.pairing.PairView;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramOutlines;
import org.springframework.stereotype.Component;

/**
 * Turns stored pairs into views: people and programs for all of them in a fixed number of queries. Callers decide
 * who may see which pair before asking.
 */
@Component
public class PairViews {

    private final PairPeople people;
    private final ProgramOutlines programs;

    PairViews(PairPeople people, ProgramOutlines programs) {
        this.people = people;
        this.programs = programs;
    }

    public PairView of(PairRow row) {
        return of(List.of(row)).get(0);
    }

    public List<PairView> of(Collection<PairRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, PairMember> members = people.of(rows);
        Map<Long, ProgramOutline> outlines = programs.of(rows.stream().map(PairRow::programId).toList());
        return rows.stream().map(row -> {
            ProgramOutline program = outlines.get(row.programId());
            return new PairView(row.id(), row.programId(), program.name(), program.cadence(), row.matchId(),
                    members.get(row.menteeParticipantId()), members.get(row.mentorParticipantId()), row.origin(),
                    row.state(), row.formedAt(), row.activatedAt(), closing(row), row.version());
        }).toList();
    }

    private static PairClosing closing(PairRow row) {
        if (row.closingOutcome() == null && row.closedAt() == null) {
            return null;
        }
        return new PairClosing(row.closingOutcome(), row.closingRequestedBy(), row.closingRequestedAt(),
                row.menteeCloseReason(), row.mentorCloseReason(), row.managerCloseReason(), row.closedAt(),
                row.closedBy());
    }
}
