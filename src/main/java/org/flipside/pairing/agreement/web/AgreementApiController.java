package org.flipside.pairing.agreement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.flipside.pairing.agreement.AgreedMeetingMode;
import org.flipside.pairing.agreement.AgreementService;
import org.flipside.pairing.agreement.AgreementTerms;
import org.flipside.pairing.agreement.AgreementView;
import org.flipside.program.Cadence;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A pair's mentoring agreement over JSON, under the same per-record rules as its page. */
@RestController
@Tag(name = "Pair agreement", description = "The mentoring agreement both people of a pair write and sign")
class AgreementApiController {

    private final AgreementService agreements;

    AgreementApiController(AgreementService agreements) {
        this.agreements = agreements;
    }

    @GetMapping("/api/v1/pairs/{id}/agreement")
    @PreAuthorize(AgreementPageController.SIGNED_IN)
    @Operation(summary = "The pair's agreement: the current version, its signatures and every earlier version",
            description = "For the pair's two people and its program's managers (a manager's read is audited); anyone "
                    + "else gets 404. While nobody has written it, version is 0 and terms is the suggested start.")
    AgreementView get(@PathVariable long id) {
        return agreements.get(id);
    }

    @PutMapping("/api/v1/pairs/{id}/agreement")
    @PreAuthorize(AgreementPageController.SIGNED_IN)
    @Operation(summary = "Save the agreement's text as a new version (either person of the pair)",
            description = "Send the version you read as expectedVersion (0 for the first text); if someone saved a "
                    + "newer version meanwhile the answer is 409 and nothing changes. A changed text becomes the next "
                    + "version, which nobody has signed: both sign again. An unchanged text changes nothing. Managers "
                    + "get 403; a closed pair's agreement answers 409.")
    AgreementView save(@PathVariable long id, @RequestBody TermsBody body) {
        if (body == null || body.expectedVersion() == null) {
            throw new InvalidInputException(FieldProblem.of("expectedVersion", "agreement.field.expectedVersion",
                    "Send the version you read (0 for the first text)."));
        }
        return agreements.save(id, new AgreementTerms(body.cadence(), body.meetingMode(), body.confidentiality(),
                body.mentorExpectations(), body.menteeExpectations(), body.practicalities()), body.expectedVersion());
    }

    @PostMapping("/api/v1/pairs/{id}/agreement/signature")
    @PreAuthorize(AgreementPageController.SIGNED_IN)
    @Operation(summary = "Sign the current version for your side of the pair",
            description = "Send the version you read; a version that is no longer the current one answers 409 "
                    + "(code agreement.sign.superseded) and signs nothing. Signing again changes nothing. Managers "
                    + "get 403.")
    AgreementView sign(@PathVariable long id, @RequestBody SignatureBody body) {
        if (body == null || body.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "agreement.field.version",
                    "Send the version you are signing."));
        }
        return agreements.sign(id, body.version());
    }

    @Schema(description = "The agreement's terms and the version they were written from")
    record TermsBody(Integer expectedVersion, Cadence cadence, AgreedMeetingMode meetingMode,
                     String confidentiality, String mentorExpectations, String menteeExpectations,
                     String practicalities) {
    }

    record SignatureBody(Integer version) {
    }
}
