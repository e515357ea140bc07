package org.flipside.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import org.flipside.people.importing.DirectoryImports;
import org.flipside.people.importing.LevelHistoryPreview;
import org.flipside.people.importing.LevelHistoryUploads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Backfilling past level changes for HR tooling: upload, read the preview, apply. */
@RestController
@RequestMapping("/api/v1/people/level-history")
@Tag(name = "People level history", description = "Backfill past grade changes (employee number, effective date, grade)")
class LevelHistoryApiController {

    private final LevelHistoryUploads uploads;
    private final DirectoryImports imports;

    LevelHistoryApiController(LevelHistoryUploads uploads, DirectoryImports imports) {
        this.uploads = uploads;
        this.imports = imports;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "Upload past level changes and preview them",
            description = "UTF-8 CSV with , or ; between fields and three columns found by header name: the employee "
                    + "id, the effective date (yyyy-MM-dd, not in the future, not before the hire date) and the grade "
                    + "(a whole number of 0 or more). Nothing is written: the answer lists every problem by row and "
                    + "column (unknown employee, bad date, duplicate, not a number). 400 when a column is missing.")
    LevelHistoryPreview upload(@RequestPart("file") MultipartFile file, Principal principal) throws IOException {
        if (file.getSize() > imports.maxFileSize().toBytes()) {
            throw DirectoryImports.tooLarge(imports.maxFileSize());
        }
        return uploads.upload(file.getOriginalFilename(), file.getBytes(), principal.getName());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "An upload's preview, or what it recorded once applied",
            description = "404 if there is no such upload.")
    LevelHistoryPreview get(@PathVariable long id) {
        return uploads.preview(id);
    }

    @PostMapping("/{id}/apply")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "Record every row's level change",
            description = "All rows or none: 409 while any row has a problem, or when the upload was already applied.")
    LevelHistoryPreview apply(@PathVariable long id) {
        return uploads.apply(id);
    }
}
