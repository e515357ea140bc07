package org.flipside.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import org.flipside.people.importing.ColumnMapping;
import org.flipside.people.importing.DirectoryImport;
import org.flipside.people.importing.DirectoryImports;
import org.flipside.people.importing.ImportField;
import org.flipside.people.importing.ImportOptions;
import org.flipside.people.importing.ImportPreview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Directory import for HR tooling: upload with a mapping, read the preview, confirm. */
@RestController
@RequestMapping("/api/v1/people/imports")
@Tag(name = "People import", description = "Import the employee directory from an HR export (CSV)")
class ImportApiController {

    private final DirectoryImports imports;

    ImportApiController(DirectoryImports imports) {
        this.imports = imports;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "Upload an HR export and preview the import",
            description = "UTF-8 CSV with , or ; between fields. Map columns with parameters named after our fields "
                    + "(employeeNumber, fullName, email, department, jobTitle, grade, managerNumber, hireDate, "
                    + "birthYear, location, timeZone, languages, status, leaveDate, gradeSince) whose values are the "
                    + "file's headers; a leave date makes the row a leaver, grade since dates the level change "
                    + "recorded when the grade changes (the import day otherwise); "
                    + "unmapped fields use the mapping remembered from the last import or the header names. "
                    + "Nothing is written: the answer lists every problem by row and column.")
    ImportPreview upload(@RequestPart("file") MultipartFile file,
                         @Parameter(description = "Date format besides yyyy-MM-dd, e.g. dd/MM/yyyy")
                         @RequestParam(required = false) String dateFormat,
                         @Parameter(description = "Write the valid rows even if others have problems")
                         @RequestParam(defaultValue = "false") boolean partial,
                         @Parameter(description = "Mark active people missing from the file as leavers")
                         @RequestParam(defaultValue = "false") boolean fullSync,
                         @RequestParam Map<String, String> parameters, Principal principal) throws IOException {
        if (file.getSize() > imports.maxFileSize().toBytes()) {
            throw DirectoryImports.tooLarge(imports.maxFileSize());
        }
        DirectoryImport uploaded = imports.upload(file.getOriginalFilename(), file.getBytes(), principal.getName());
        Map<ImportField, String> columns = new EnumMap<>(uploaded.mapping().columns());
        for (ImportField field : ImportField.values()) {
            String header = parameters.get(field.key());
            if (header != null) {
                columns.put(field, header);
            }
        }
        String format = dateFormat != null ? dateFormat : uploaded.mapping().dateFormat();
        return imports.map(uploaded.id(), new ColumnMapping(columns, format), new ImportOptions(partial, fullSync));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "An import's preview, or its result once confirmed", description = "404 if there is no such import.")
    ImportPreview get(@PathVariable long id) {
        return imports.preview(id);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    @Operation(summary = "Write the import to the directory",
            description = "409 while an all-or-nothing import has problems or when it was already confirmed.")
    ImportPreview confirm(@PathVariable long id) {
        return imports.confirm(id);
    }
}
