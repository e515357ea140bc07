package org.flipside.pairing.session;

import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.PairView;
import org.flipside.pairing.workspace.PairRecordPart;
import org.springframework.stereotype.Component;

/**
 * The sessions in a pair's downloadable record, oldest first. Values are written plainly (UTC ISO times, enum names)
 * so the record reads the same whatever the reader's zone or language.
 */
@Component
class SessionRecordPart implements PairRecordPart {

    private final SessionStore store;

    SessionRecordPart(SessionStore store) {
        this.store = store;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "pair.record.sessions";
    }

    @Override
    public List<List<String>> rows(PairView pair) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("start_utc", "minutes", "mode", "status", "cancelled_by", "no_show", "actual_minutes",
                "takeaway", "topics"));
        List<SessionRow> sessions = new ArrayList<>(store.ofPair(pair.id()));
        java.util.Collections.reverse(sessions);
        for (SessionRow session : sessions) {
            rows.add(List.of(session.startsAt().toString(), String.valueOf(session.minutes()), session.mode().name(),
                    session.status().name(), text(session.cancelledBy()), text(session.noShow()),
                    session.actualMinutes() == null ? "" : String.valueOf(session.actualMinutes()),
                    session.takeaway() == null ? "" : session.takeaway(), String.join("; ", session.topics())));
        }
        return rows;
    }

    private static String text(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
