package org.flipside.program.definition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.flipside.audit.AuditLog;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramQuery;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramStateChanged;
import org.flipside.program.ProgramSummary;
import org.flipside.program.ProgramTemplate;
import org.flipside.program.ProgramOutline;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.flipside.program.template.ProgramTemplates;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.flipside.shared.web.PageOf;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, edits, copies and moves programs through their lifecycle. Each change is checked against the rules and
 * the version the caller started from, written to the history where the state changed, and audited.
 */
@Service
@Transactional(readOnly = true)
class ProgramService implements Programs {

    static final String KIND = "Program";

    private final ProgramStore programs;
    private final ProgramHistory history;
    private final ProgramSearch search;
    private final ProgramTemplates templates;
    private final ProgramManagers managers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    private final ProgramOutlineStore outlines;

    ProgramService(ProgramStore programs, ProgramHistory history, ProgramSearch search,
                   ProgramTemplates templates, ProgramManagers managers, AuditLog audit, ApplicationEventPublisher events,
                   MessageSource messages, Clock clock, ProgramOutlineStore outlines) {
        this.outlines = outlines;
        this.programs = programs;
        this.history = history;
        this.search = search;
        this.templates = templates;
        this.managers = managers;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProgramView create(ProgramDraft draft) {
        ProgramAccess.requireManager();
        ProgramDraft clean = ProgramRules.normalise(draft);
        List<FieldProblem> problems = new ArrayList<>(ProgramRules.check(clean, false));
        if (clean.templateCode() != null && !templates.exists(clean.templateCode())) {
            problems.add(FieldProblem.of("templateCode", "program.templateCode.unknown",
                    "There is no template '" + clean.templateCode() + "'.", clean.templateCode()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant at = now();
        Program program = saveNew(Program.draft(clean, null, ProgramAccess.actor(), at), at);
        audit.success("PROGRAM_CREATED", KIND, program.id(),
                clean.templateCode() == null ? "from scratch" : "template=" + clean.templateCode());
        return view(program);
    }

    @Override
    @Transactional
    public ProgramView update(long id, ProgramDraft draft, long expectedVersion) {
        ProgramAccess.requireManager();
        Program program = load(id);
        program.requireEditable();
        checkVersion(program, expectedVersion);
        // Once a program has left DRAFT, people rely on its dates and objectives: they cannot be removed again.
        ProgramDraft clean = ProgramRules.normalise(draft);
        List<FieldProblem> problems = ProgramRules.check(clean, program.state() != ProgramState.DRAFT);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        program.edit(clean, ProgramAccess.actor(), now());
        programs.update(program);
        audit.success("PROGRAM_UPDATED", KIND, program.id(), "version=" + program.version());
        return view(program);
    }

    @Override
    @Transactional
    public ProgramView transition(long id, ProgramState target, long expectedVersion) {
        ProgramAccess.requireManager();
        if (target == null) {
            throw new InvalidInputException(FieldProblem.of("target", "program.target.required", "Choose the new state."));
        }
        Program program = load(id);
        checkVersion(program, expectedVersion);
        Instant at = now();
        ProgramState from = program.moveTo(target, ProgramAccess.actor(), at);
        programs.update(program);
        history.append(program.id(), from, target, at, ProgramAccess.actor());
        audit.success("PROGRAM_TRANSITIONED", KIND, program.id(), "from=" + from + " to=" + target);
        events.publishEvent(new ProgramStateChanged(program.id(), from, target, at));
        return view(program);
    }

    @Override
    @Transactional
    public ProgramView copy(long id) {
        ProgramAccess.requireManager();
        Program source = load(id);
        Instant at = now();
        Program copy = saveNew(Program.draft(source.copyDraft(copyName(source.name())), source.id(),
                ProgramAccess.actor(), at), at);
        audit.success("PROGRAM_COPIED", KIND, copy.id(), "from=" + source.id());
        return view(copy);
    }

    @Override
    public ProgramView get(long id) {
        Program program = programs.find(id).filter(found -> ProgramAccess.sees(found.state()))
                .orElseThrow(() -> new NotFoundException(KIND, id));
        return view(program);
    }

    @Override
    public ProgramOutline outline(long id) {
        ProgramOutline outline = outlines.of(List.of(id)).get(id);
        if (outline == null || !ProgramAccess.sees(outline.state())) {
            throw new NotFoundException(KIND, id);
        }
        return outline;
    }

    @Override
    public PageOf<ProgramSummary> list(ProgramQuery query) {
        if (!ProgramAccess.seesAny()) {
            return new PageOf<>(List.of(), query.page(), query.size(), 0);
        }
        return search.find(query, ProgramAccess.seesDrafts());
    }

    @Override
    public List<ProgramTemplate> templates() {
        return templates.all();
    }

    @Override
    public boolean managedByCurrentUser(long programId) {
        return ProgramAccess.isManager() && managers.manages(programId, ProgramAccess.actor());
    }

    @Override
    public List<String> managers(long programId) {
        get(programId);
        return managers.of(programId);
    }

    /** Saves a new draft, makes its creator its manager and starts its history with its creation. */
    private Program saveNew(Program program, Instant at) {
        programs.insert(program);
        managers.add(program.id(), ProgramAccess.actor());
        history.append(program.id(), null, ProgramState.DRAFT, at, ProgramAccess.actor());
        return program;
    }

    private Program load(long id) {
        return programs.find(id).orElseThrow(() -> new NotFoundException(KIND, id));
    }

    private static void checkVersion(Program program, long expectedVersion) {
        if (program.version() != expectedVersion) {
            throw new StaleEditException(KIND, program.id());
        }
    }

    /** "<name> (copy)" in the reader's language, shortened so the result still fits the name's limit. */
    private String copyName(String name) {
        String suffixOnly = messages.getMessage("program.copy.name", new Object[]{""}, LocaleContextHolder.getLocale());
        int room = ProgramRules.NAME_MAX - suffixOnly.length();
        String base = name.length() > room ? name.substring(0, room).strip() : name;
        return messages.getMessage("program.copy.name", new Object[]{base}, LocaleContextHolder.getLocale());
    }

    private ProgramView view(Program program) {
        return program.view(history.of(program.id()));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
