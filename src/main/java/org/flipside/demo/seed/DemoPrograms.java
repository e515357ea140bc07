package org.flipside.demo.seed;

import java.time.LocalDate;
import java.util.List;
import org.flipside.identity.Role;
import org.flipside.program.ProgramDraft;
import org.flipside.program.ProgramState;
import org.flipside.program.ProgramTemplate;
import org.flipside.program.ProgramView;
import org.flipside.program.Programs;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * One program in each lifecycle state, so every screen has something to show: last year's closed pilot, a running
 * program, one being matched (left ENROLLING here; {@link DemoParticipants} enrols its participants and moves it to
 * MATCHING), one open for enrolment and a draft. The demo program manager creates them through the
 * same service and rules as a person would.
 */
@Component
@Order(300)
class DemoPrograms implements DemoStep {

    private static final List<ProgramState> PATH = List.of(ProgramState.ENROLLING, ProgramState.MATCHING,
            ProgramState.RUNNING, ProgramState.CLOSED);

    private final Programs programs;

    DemoPrograms(Programs programs) {
        this.programs = programs;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        LocalDate today = seeding.today();
        String manager = seeding.credentials().stream().filter(c -> c.role() == Role.PROGRAM_MANAGER)
                .map(DemoCredential::username).findFirst().orElse(DemoOrganisation.ACTOR);
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            SecurityContext asManager = SecurityContextHolder.createEmptyContext();
            asManager.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(manager, null,
                    List.of(new SimpleGrantedAuthority(Role.PROGRAM_MANAGER.authority()))));
            SecurityContextHolder.setContext(asManager);
            seedPrograms(seeding, today);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void seedPrograms(DemoSeeding seeding, LocalDate today) {
        create("digital-leaders", "Digital Leadership Pilot " + today.minusYears(1).getYear(),
                today.minusMonths(14), today.minusMonths(8), ProgramState.CLOSED);
        // DemoPairs enrols a few people, pairs them by hand and starts it.
        ProgramView toPair = create("social-customers", "Social Media and Younger Customers " + today.getYear(),
                today.minusMonths(2), today.plusMonths(4), ProgramState.ENROLLING);
        seeding.setProgramToPair(toPair.id());
        // Enrolment happens only while ENROLLING: DemoParticipants enrols people, then moves it on to MATCHING.
        ProgramView toMatch = create("generations-inclusion", "Bridging Generations in Operations",
                today.plusWeeks(3), today.plusMonths(7), ProgramState.ENROLLING);
        seeding.setProgramToMatch(toMatch.id());
        create("innovation-lab", "Innovation Exchange with Engineering",
                today.plusMonths(2), today.plusMonths(8), ProgramState.ENROLLING);
        create("generations-inclusion", "Inclusive Leadership Circle", null, null, ProgramState.DRAFT);
    }

    private ProgramView create(String templateCode, String name, LocalDate start, LocalDate end, ProgramState target) {
        ProgramTemplate template = programs.templates().stream().filter(t -> t.code().equals(templateCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No program template '" + templateCode + "'"));
        ProgramDraft draft = template.toDraft();
        ProgramView program = programs.create(new ProgramDraft(name, draft.purpose(), draft.objectives(),
                draft.focusTopics(), start, end, draft.cadence(), draft.mentorCapacity(), templateCode));
        for (ProgramState next : PATH) {
            if (program.state() == target) {
                break;
            }
            program = programs.transition(program.id(), next, program.version());
        }
        return program;
    }
}
