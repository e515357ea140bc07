package org.flipside.training.guide.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.training.GuideItemKind;
import org.flipside.training.GuideView;
import org.flipside.training.guide.GuideEdit;
import org.flipside.training.guide.GuideService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's conversation guides over JSON. Its managers and approved participants read them (anyone else: 404);
 * its managers replace or reset them.
 */
@RestController
@Tag(name = "Conversation guides", description = "Questions, exercises and feedback advice per focus topic of a program")
class GuideApiController {

    static final String READERS = "hasAnyRole('EMPLOYEE','PROGRAM_MANAGER')";

    private final GuideService guides;

    GuideApiController(GuideService guides) {
        this.guides = guides;
    }

    @GetMapping("/api/v1/programs/{id}/guides")
    @PreAuthorize(READERS)
    @Operation(summary = "The program's guides, one per focus topic in the program's order; created from the "
            + "library on first read")
    List<GuideView> list(@PathVariable long id) {
        return guides.ofProgram(id);
    }

    @GetMapping("/api/v1/programs/{id}/guides/{guideId}")
    @PreAuthorize(READERS)
    @Operation(summary = "One guide of the program, also one whose topic was removed since")
    GuideView get(@PathVariable long id, @PathVariable long guideId) {
        return guides.get(id, guideId);
    }

    @PutMapping("/api/v1/programs/{id}/guides/{guideId}")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Replace a guide's title, introduction and items (in the order given); items with a "
            + "position keep it, items without one are new, items left out are removed. Send the version you read "
            + "(409 when someone saved since)")
    GuideView update(@PathVariable long id, @PathVariable long guideId, @RequestBody GuideBody body) {
        long version = requireVersion(body.version());
        List<GuideEdit.Item> items = body.items() == null ? null : body.items().stream()
                .map(item -> item == null ? null : new GuideEdit.Item(item.position(), item.kind(), item.text()))
                .toList();
        return guides.update(id, guideId, new GuideEdit(body.title(), body.introduction(), items), version);
    }

    @PostMapping("/api/v1/programs/{id}/guides/{guideId}/reset")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "Put the library's text back into the guide; send the version you read (409 when someone "
            + "saved since)")
    GuideView reset(@PathVariable long id, @PathVariable long guideId, @RequestBody ResetBody body) {
        return guides.reset(id, guideId, requireVersion(body.version()));
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidInputException(FieldProblem.of("version", "guide.version.required",
                    "Send the version of the guide you started from."));
        }
        return version;
    }

    @Schema(description = "A guide's new text")
    record GuideBody(String title, String introduction, List<ItemBody> items, Long version) {
    }

    @Schema(description = "One item; leave out the position for a new item")
    record ItemBody(Integer position, GuideItemKind kind, String text) {
    }

    record ResetBody(Long version) {
    }
}
