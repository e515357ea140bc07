package org.flipside.program.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.flipside.program.profile.ProfileService;
import org.flipside.program.profile.ProfileView;
import org.flipside.program.profile.WorkStyle;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Profiles over JSON, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Profiles", description = "Participants' skills, interests, work style, availability and preferences")
class ProfileApiController {

    private static final String READERS = "hasAnyRole('EMPLOYEE','PROGRAM_MANAGER')";

    private final ProfileService profiles;
    private final MessageSource messages;

    ProfileApiController(ProfileService profiles, MessageSource messages) {
        this.profiles = profiles;
        this.messages = messages;
    }

    @GetMapping("/participants/{id}/profile")
    @PreAuthorize(READERS)
    @Operation(summary = "Read a profile: your own in full; as the program's manager without the do-not-match list")
    ProfileView get(@PathVariable long id) {
        return profiles.view(id);
    }

    @PutMapping("/participants/{id}/profile")
    @PreAuthorize(READERS)
    @Operation(summary = "Replace your own profile; 409 if it was saved after the given version")
    ProfileView put(@PathVariable long id, @RequestBody ProfileBody body) {
        if (body.version() == null) {
            throw new InvalidInputException(FieldProblem.of("version", "profile.version.required",
                    "Send the version of the profile you started from (0 for a new one)."));
        }
        return profiles.save(id, body.toContent(), body.version());
    }

    @GetMapping("/programs/{id}/profiles")
    @PreAuthorize("hasRole('PROGRAM_MANAGER')")
    @Operation(summary = "The program's participants' profiles with completeness, without do-not-match lists (its managers only)")
    List<ProfileView> ofProgram(@PathVariable long id, @RequestParam(defaultValue = "false") boolean incomplete) {
        return profiles.ofProgram(id, incomplete);
    }

    @GetMapping("/work-style/statements")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The work-style statements, their dimension and keying (answers 1 disagree … 5 agree)")
    List<StatementView> statements() {
        return WorkStyle.STATEMENTS.stream().map(s -> new StatementView(s.number(),
                messages.getMessage(s.messageKey(), null, Locale.ENGLISH), s.dimension(), s.reverse())).toList();
    }
}
