package org.flipside.people.web;

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
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.web.UserMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The import pages: upload → map the columns → preview → confirm → result. */
@Controller
@RequestMapping("/people/imports")
class ImportController {

    private final DirectoryImports imports;
    private final UserMessages messages;

    ImportController(DirectoryImports imports, UserMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String uploadPage(Model model) {
        model.addAttribute("maxMegabytes", imports.maxFileSize().toMegabytes());
        return "people/import-upload";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            DirectoryImport uploaded = imports.upload(file == null ? null : file.getOriginalFilename(), content,
                    principal.getName());
            return "redirect:/people/imports/" + uploaded.id() + "/mapping";
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return uploadPage(model);
        }
    }

    @GetMapping("/{id}/mapping")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String mappingPage(@PathVariable long id, Model model) {
        DirectoryImport found = imports.get(id);
        model.addAttribute("upload", found);
        model.addAttribute("headers", imports.headers(id));
        model.addAttribute("fields", ImportField.values());
        model.addAttribute("dateFormats", ColumnMapping.DATE_FORMATS);
        return "people/import-mapping";
    }

    @PostMapping("/{id}/mapping")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String map(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
               RedirectAttributes redirect) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            columns.put(field, form.get(field.key()));
        }
        ImportOptions options = new ImportOptions("true".equals(form.get("partial")), "true".equals(form.get("fullSync")));
        try {
            imports.map(id, new ColumnMapping(columns, form.get("dateFormat")), options);
            return "redirect:/people/imports/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return mappingPage(id, model);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
            return "redirect:/people/imports/" + id;
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String preview(@PathVariable long id, Model model) {
        ImportPreview preview = imports.preview(id);
        model.addAttribute("preview", preview);
        return "people/import-preview";
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAnyRole('PROGRAM_MANAGER','ADMIN')")
    String confirm(@PathVariable long id, RedirectAttributes redirect) {
        try {
            imports.confirm(id);
            redirect.addFlashAttribute("flash", messages.text("people.import.flash.done"));
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("flashError", messages.of(e));
        }
        return "redirect:/people/imports/" + id;
    }
}
