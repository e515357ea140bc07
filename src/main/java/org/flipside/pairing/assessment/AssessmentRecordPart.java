package org.flipside.pairing.assessment;

import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.AssessmentResult;
import org.flipside.pairing.AssessmentResult.ItemResult;
import org.flipside.pairing.PairView;
import org.flipside.pairing.workspace.PairRecordPart;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/**
 * The self-assessments in the pair's record. Both people download the record, so it follows the page's rule: a phase
 * appears only once both people have submitted it. Comments stay on the page.
 */
@Component
class AssessmentRecordPart implements PairRecordPart {

    private final AssessmentStore store;
    private final AssessmentResultsService results;
    private final UserMessages messages;

    AssessmentRecordPart(AssessmentStore store, AssessmentResultsService results, UserMessages messages) {
        this.store = store;
        this.results = results;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "pair.record.assessment";
    }

    @Override
    public List<List<String>> rows(PairView pair) {
        List<StoredAssessment> stored = store.ofPair(pair.id());
        boolean bothPre = stored.stream().filter(a -> a.phase() == Phase.PRE).count() == 2;
        boolean bothPost = stored.stream().filter(a -> a.phase() == Phase.POST).count() == 2;
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.text("pair.record.assessment.person"), messages.text("pair.record.assessment.side"),
                messages.text("pair.record.assessment.item"), messages.text("pair.record.assessment.pre"),
                messages.text("pair.record.assessment.post"), messages.text("pair.record.assessment.change")));
        if (!bothPre) {
            return rows;
        }
        for (AssessmentResult result : results.results(stored)) {
            String person = pair.member(result.side()).fullName();
            String side = messages.text("pair.side." + result.side().name());
            for (ItemResult item : result.items()) {
                Integer post = bothPost ? item.post() : null;
                rows.add(List.of(person, side, item.name(), String.valueOf(item.pre()),
                        post == null ? "" : String.valueOf(post),
                        post == null ? "" : signed(post - item.pre())));
            }
        }
        return rows;
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : String.valueOf(change);
    }
}
