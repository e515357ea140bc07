package org.flipside.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.flipside.pairing.note.PrivateNote;
import org.flipside.pairing.note.PrivateNotes;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's private notes on a pair over JSON: only their author ever reads or changes them. */
@RestController
@Tag(name = "Private notes", description = "Notes a person of a pair keeps for themself alone")
class NoteApiController {

    private static final String ONLY_AUTHOR = "Only the note's author: the partner, the program's managers, "
            + "administrators and anyone else get 404.";

    private final PrivateNotes notes;

    NoteApiController(PrivateNotes notes) {
        this.notes = notes;
    }

    @GetMapping("/api/v1/pairs/{id}/notes")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "My private notes on the pair, newest first", description = ONLY_AUTHOR)
    List<PrivateNote> mine(@PathVariable long id) {
        return notes.mine(id);
    }

    @GetMapping("/api/v1/pairs/{id}/notes/{noteId}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "One of my private notes", description = ONLY_AUTHOR)
    PrivateNote one(@PathVariable long id, @PathVariable long noteId) {
        return notes.get(id, noteId);
    }

    @PostMapping("/api/v1/pairs/{id}/notes")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Write a private note (up to 4000 characters)",
            description = "Only the pair's two people, each for themself.")
    PrivateNote create(@PathVariable long id, @RequestBody NoteBody body) {
        return notes.create(id, body == null ? null : body.body());
    }

    @PutMapping("/api/v1/pairs/{id}/notes/{noteId}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @Operation(summary = "Change one of my private notes",
            description = ONLY_AUTHOR + " Send the version you read; a different one answers 409 and changes nothing.")
    PrivateNote update(@PathVariable long id, @PathVariable long noteId, @RequestBody NoteBody body) {
        notes.get(id, noteId);
        if (body == null || body.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "pair.note.version.required",
                    "Send the version of the note you change."));
        }
        return notes.update(id, noteId, body.body(), body.version());
    }

    @DeleteMapping("/api/v1/pairs/{id}/notes/{noteId}")
    @PreAuthorize(PairPagesController.SIGNED_IN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my private notes", description = ONLY_AUTHOR)
    void delete(@PathVariable long id, @PathVariable long noteId) {
        notes.delete(id, noteId);
    }

    /** A note's text, and for a change the version read. */
    record NoteBody(String body, Long version) {
    }
}
