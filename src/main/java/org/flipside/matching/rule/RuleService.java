package org.flipside.matching.rule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.audit.AuditLog;
import org.flipside.matching.settings.CapacityStore;
import org.flipside.matching.settings.ManagedPrograms;
import org.flipside.matching.settings.Roster;
import org.flipside.program.ParticipantView;
import org.flipside.program.ProgramView;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managers' locks and bans. A lock must be a pair the hard constraints allow, and together the locks must fit the
 * mentors' capacities and give each mentee one mentor; a ban is always allowed.
 */
@Service
public class RuleService {

    private final RuleStore rules;
    private final ManagedPrograms managed;
    private final Roster roster;
    private final CapacityStore capacities;
    private final LockCheck lockCheck;
    private final AuditLog audit;
    private final Clock clock;

    RuleService(RuleStore rules, ManagedPrograms managed, Roster roster, CapacityStore capacities,
                LockCheck lockCheck, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.managed = managed;
        this.roster = roster;
        this.capacities = capacities;
        this.lockCheck = lockCheck;
        this.audit = audit;
        this.clock = clock;
    }

    public List<MatchingRule> list(long programId) {
        managed.require(programId);
        return rules.ofProgram(programId);
    }

    @Transactional
    public MatchingRule put(long programId, long mentee, long mentor, RuleKind kind) {
        ProgramView program = managed.require(programId);
        if (kind == null) {
            throw new InvalidInputException(FieldProblem.of("kind", "matching.rule.kind.required",
                    "Say LOCK or FORBID."));
        }
        Map<Long, ParticipantView> approved = roster.approved(programId);
        List<FieldProblem> problems = new ArrayList<>();
        if (!Roster.on(approved, mentee, Side.MENTEE)) {
            problems.add(FieldProblem.of("mentee", "matching.rule.notMentee",
                    "Participant " + mentee + " is not an approved mentee of this program.", mentee));
        }
        if (!Roster.on(approved, mentor, Side.MENTOR)) {
            problems.add(FieldProblem.of("mentor", "matching.rule.notMentor",
                    "Participant " + mentor + " is not an approved mentor of this program.", mentor));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (kind == RuleKind.LOCK) {
            checkLock(program, approved, mentee, mentor);
        }
        MatchingRule rule = new MatchingRule(programId, mentee, mentor, kind, clock.instant(), actor());
        rules.put(rule);
        audit.success("MATCHING_PAIR_" + kind.name(), "Program", programId,
                "mentee " + mentee + ", mentor " + mentor);
        return rule;
    }

    @Transactional
    public void remove(long programId, long mentee, long mentor) {
        managed.require(programId);
        if (!rules.delete(programId, mentee, mentor)) {
            throw new NotFoundException("Matching rule", mentee + "/" + mentor);
        }
        audit.success("MATCHING_RULE_REMOVED", "Program", programId, "mentee " + mentee + ", mentor " + mentor);
    }

    private void checkLock(ProgramView program, Map<Long, ParticipantView> approved, long mentee, long mentor) {
        List<MatchingRule> locks = rules.ofProgram(program.id()).stream().filter(r -> r.kind() == RuleKind.LOCK)
                .filter(r -> !(r.menteeParticipantId() == mentee && r.mentorParticipantId() == mentor)).toList();
        if (locks.stream().anyMatch(r -> r.menteeParticipantId() == mentee)) {
            throw new RuleViolationException("matching.rule.menteeLocked",
                    "This mentee is already locked to another mentor; unlock that pair first.");
        }
        int capacity = capacities.ofProgram(program.id()).getOrDefault(mentor, program.mentorCapacity());
        if (locks.stream().filter(r -> r.mentorParticipantId() == mentor).count() >= capacity) {
            throw new RuleViolationException("matching.rule.mentorFull",
                    "This mentor's " + capacity + " place(s) are all taken by locked pairs.", capacity);
        }
        lockCheck.requireAllowed(program, approved, approved.get(mentee), approved.get(mentor));
    }

    /**
     * Refuses to go on while a lock of the program breaks a hard rule or a must-have under the current settings:
     * locked pairs are always kept, and hard rules are never broken, so the manager must choose.
     *
     * @throws RuleViolationException {@code matching.run.lockBroken} naming every such pair and why
     */
    public void requireLocksKeepable(long programId) {
        ProgramView program = managed.require(programId);
        List<String> broken = lockCheck.broken(program, roster.approved(programId), rules.ofProgram(programId),
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        if (!broken.isEmpty()) {
            throw new RuleViolationException("matching.run.lockBroken", "These locked pairs break a hard rule under "
                    + "the current settings; unlock them or change the settings: " + String.join("; ", broken),
                    String.join("; ", broken));
        }
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? "system" : authentication.getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
