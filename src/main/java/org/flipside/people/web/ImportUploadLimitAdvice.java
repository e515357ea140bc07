package org.flipside.people.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.flipside.people.importing.DirectoryImports;
import org.flipside.shared.web.UserMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload over the multipart limit fails before any controller runs. The API answers 413 with a problem naming
 * the limit; a page goes back to the upload form with the same message.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportUploadLimitAdvice {

    private final DirectoryImports imports;
    private final UserMessages messages;

    ImportUploadLimitAdvice(DirectoryImports imports, UserMessages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        long megabytes = imports.maxFileSize().toMegabytes();
        String text = messages.text("people.import.file.tooLarge", megabytes);
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, text);
            problem.setType(URI.create("about:blank"));
            problem.setTitle("File too large");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        redirect.addFlashAttribute("flashError", text);
        return "redirect:/people/imports/new";
    }
}
