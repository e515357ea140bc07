package org.flipside.pairing.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.pairing.AssessmentResult.ItemResult;
import org.flipside.pairing.PairView;
import org.flipside.pairing.assessment.AssessmentView.SideView;
import org.flipside.pairing.assessment.AssessmentView.Submission;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.program.Side;
import org.springframework.stereotype.Component;

/**
 * Decides what of a pair's assessments the caller sees. A person always sees their own. The partner's answers of a
 * phase appear only once both submitted that phase, so neither answers in the light of the other's ratings and
 * nobody's self-rating is on show before they have given their own. Managers see both: it is the evidence the program
 * reports on.
 */
@Component
class AssessmentViews {

    private final AssessmentItems items;

    AssessmentViews(AssessmentItems items) {
        this.items = items;
    }

    AssessmentView of(Access access, List<StoredAssessment> stored, boolean postDue) {
        PairView pair = access.pair();
        List<String> allItems = new ArrayList<>();
        stored.forEach(a -> allItems.addAll(a.items()));
        List<String> proposed = access.member() && AssessmentService.find(stored, access.side(), Phase.PRE).isEmpty()
                ? items.current(pair, access.side()) : List.of();
        allItems.addAll(proposed);
        Map<String, String> names = items.names(allItems);
        List<SideView> sides = new ArrayList<>();
        for (Side side : List.of(Side.MENTEE, Side.MENTOR)) {
            sides.add(side(access, stored, side, names, proposed, pair.state().closed()));
        }
        return new AssessmentView(pair.id(), access.role(), postDue, sides);
    }

    private static SideView side(Access access, List<StoredAssessment> stored, Side side, Map<String, String> names,
                                 List<String> proposed, boolean closed) {
        Side partner = side == Side.MENTEE ? Side.MENTOR : Side.MENTEE;
        boolean mine = access.member() && access.side() == side;
        StoredAssessment pre = AssessmentService.find(stored, side, Phase.PRE).orElse(null);
        StoredAssessment post = AssessmentService.find(stored, side, Phase.POST).orElse(null);
        boolean partnerPre = AssessmentService.find(stored, partner, Phase.PRE).isPresent();
        boolean partnerPost = AssessmentService.find(stored, partner, Phase.POST).isPresent();
        boolean seePre = pre != null && (mine || !access.member() || partnerPre);
        boolean seePost = post != null && (mine || !access.member() || partnerPost);
        List<ItemResult> changes = seePre ? pre.ratings().stream()
                .map(r -> new ItemResult(r.item(), names.get(r.item()), r.rating(),
                        seePost ? post.ratingOf(r.item()) : null)).toList() : List.of();
        return new SideView(side, access.pair().member(side).fullName(), mine, pre != null, post != null,
                seePre ? submission(pre, names) : null, seePost ? submission(post, names) : null,
                mine && pre == null ? proposed.stream().map(item -> new Item(item, names.get(item))).toList()
                        : List.of(),
                mine && pre == null && !closed, mine && pre != null && post == null,
                mine && pre != null && !partnerPre, mine && post != null && !partnerPost, changes);
    }

    private static Submission submission(StoredAssessment stored, Map<String, String> names) {
        return new Submission(stored.phase(), stored.submittedAt(), stored.updatedAt(), stored.version(),
                stored.ratings().stream().map(r -> new ItemRating(r.item(), names.get(r.item()), r.rating(),
                        r.comment())).toList());
    }
}
