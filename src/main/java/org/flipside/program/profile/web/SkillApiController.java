package org.flipside.program.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.flipside.program.profile.NewSkill;
import org.flipside.program.profile.Skill;
import org.flipside.program.profile.SkillCatalogue;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The skill taxonomy over JSON: everyone reads it, administrators extend it. */
@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Skills", description = "The skill taxonomy participants choose from")
class SkillApiController {

    private final SkillCatalogue catalogue;
    private final SkillNames names;

    SkillApiController(SkillCatalogue catalogue, SkillNames names) {
        this.catalogue = catalogue;
        this.names = names;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The skills participants can choose; with retired=true also the retired ones")
    List<SkillView> list(@RequestParam(defaultValue = "false") boolean retired) {
        return (retired ? catalogue.all() : catalogue.offered()).stream().map(this::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a custom skill with a code, a name and a category")
    ResponseEntity<SkillView> add(@RequestBody NewSkill body) {
        Skill added = catalogue.add(body);
        return ResponseEntity.created(URI.create("/api/v1/skills?retired=true")).body(view(added));
    }

    @PostMapping("/{code}/retire")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Retire a skill: no longer offered, kept on the profiles that have it; 409 if retired already")
    SkillView retire(@PathVariable String code) {
        return view(catalogue.retire(code));
    }

    private SkillView view(Skill skill) {
        return new SkillView(skill.code(), names.name(skill, Locale.ENGLISH), skill.category(), !skill.shipped(), skill.retired());
    }
}
