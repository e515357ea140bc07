package org.flipside.pairing.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.flipside.pairing.PairView;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.cadence.ReaderZone;
import org.flipside.program.Enrollment;
import org.flipside.program.ParticipantQuery;
import org.flipside.program.ParticipantState;
import org.flipside.program.ParticipantView;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.snapshot.Snapshot;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A program's pairs for its managers — each listed active pair's cadence state, the first pairs at risk on top (as
 * of the last reading) and, on request, only those, page by page — and, on a page of its own (its choosers list the
 * program's approved people), pairing two of them by hand.
 */
@Controller
class ProgramPairsController {

    static final String MANAGER = "hasRole('PROGRAM_MANAGER')";
    /** At-risk pairs named above the list; the rest are one click away, under "at risk only". */
    static final int AT_RISK_SHOWN = 10;

    private final Pairs pairs;
    private final Programs programs;
    private final Enrollment enrollment;
    private final UserMessages messages;
    private final ProgramCadence cadence;

    ProgramPairsController(Pairs pairs, Programs programs, Enrollment enrollment, UserMessages messages,
                           ProgramCadence cadence) {
        this.pairs = pairs;
        this.cadence = cadence;
        this.programs = programs;
        this.enrollment = enrollment;
        this.messages = messages;
    }

    @GetMapping("/programs/{id}/pairs")
    @PreAuthorize(MANAGER)
    String list(@PathVariable long id, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) boolean atRisk, Model model) {
        PageOf<PairView> found = pairs.ofProgram(id, PageRequests.page(page), PageRequests.DEFAULT_SIZE);
        Snapshot<List<ProgramCadence.AtRiskPair>> risky = cadence.atRisk(id, ReaderZone.current());
        model.addAttribute("program", programs.outline(id));
        model.addAttribute("atRisk", risky.value());
        model.addAttribute("atRiskShown", risky.value().stream().limit(AT_RISK_SHOWN).toList());
        model.addAttribute("atRiskAsOf", risky.asOf());
        model.addAttribute("atRiskOnly", atRisk);
        if (atRisk) {
            PageOf<ProgramCadence.AtRiskPair> shown = PageOf.slice(risky.value(), PageRequests.page(page),
                    PageRequests.DEFAULT_SIZE);
            model.addAttribute("pairs", shown.map(ProgramCadence.AtRiskPair::pair));
            model.addAttribute("cadence", shown.items().stream().collect(Collectors.toMap(
                    r -> r.pair().id(), ProgramCadence.AtRiskPair::cadence)));
        } else {
            model.addAttribute("pairs", found);
            model.addAttribute("cadence", cadence.ofPairs(id, found.items().stream().map(PairView::id).toList()));
        }
        return "pairing/program-pairs";
    }

    @GetMapping("/programs/{id}/pairs/new")
    @PreAuthorize(MANAGER)
    String byHand(@PathVariable long id, Model model) {
        pairs.ofProgram(id, 0, 1);
        model.addAttribute("program", programs.outline(id));
        model.addAttribute("mentees", approved(id, Side.MENTEE));
        model.addAttribute("mentors", approved(id, Side.MENTOR));
        return "pairing/pair-by-hand";
    }

    @PostMapping("/programs/{id}/pairs")
    @PreAuthorize(MANAGER)
    String create(@PathVariable long id, @RequestParam(required = false) String mentee,
                  @RequestParam(required = false) String mentor, RedirectAttributes redirect) {
        try {
            PairView pair = pairs.create(id, PairForms.participant("mentee", mentee),
                    PairForms.participant("mentor", mentor));
            redirect.addFlashAttribute("flash", messages.text("pair.flash.created", pair.mentee().fullName(),
                    pair.mentor().fullName()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/programs/" + id + "/pairs/new";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/programs/" + id + "/pairs/new";
        }
        return "redirect:/programs/" + id + "/pairs";
    }

    /** The first page of approved people on one side, by name, for the pair-by-hand form. */
    private List<ParticipantView> approved(long programId, Side side) {
        return enrollment.participants(programId, new ParticipantQuery(side, ParticipantState.APPROVED), 0,
                        PageRequests.MAX_SIZE).items().stream()
                .sorted(Comparator.comparing(ParticipantView::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
