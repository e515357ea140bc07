package org.flipside.program.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flipside.audit.AuditLog;
import org.flipside.identity.Role;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The skill taxonomy: the shipped skills plus those administrators added; administrators add and retire skills. */
@Service
public class SkillCatalogue {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String COLUMNS = "select code, category, name, shipped, retired_at from skill ";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;

    SkillCatalogue(JdbcClient jdbc, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every skill, retired ones included, by category and code. */
    public List<Skill> all() {
        return jdbc.sql(COLUMNS + "order by category, code").query(SkillCatalogue::row).list();
    }

    /** The skills participants can choose now. */
    public List<Skill> offered() {
        return all().stream().filter(skill -> !skill.retired()).toList();
    }

    public Optional<Skill> find(String code) {
        return jdbc.sql(COLUMNS + "where code = :code").param("code", code).query(SkillCatalogue::row).optional();
    }

    @Transactional
    public Skill add(NewSkill skill) {
        requireAdmin();
        List<FieldProblem> problems = new ArrayList<>();
        String code = skill.code() == null ? "" : skill.code().strip();
        String name = skill.name() == null ? "" : skill.name().strip();
        if (code.length() < 2 || code.length() > 40 || !CODE.matcher(code).matches()) {
            problems.add(FieldProblem.of("code", "skill.code.format",
                    "Use 2 to 40 lower-case letters, digits and single hyphens, such as team-podcasts."));
        } else if (find(code).isPresent()) {
            problems.add(FieldProblem.of("code", "skill.code.taken", "A skill with this code exists already.", code));
        }
        if (name.length() < 2 || name.length() > 100) {
            problems.add(FieldProblem.of("name", "skill.name.length", "Give the skill a name of 2 to 100 characters."));
        }
        if (skill.category() == null) {
            problems.add(FieldProblem.of("category", "skill.category.required", "Choose a category."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("insert into skill (code, category, name, shipped, created_at, created_by) "
                        + "values (:code, :category, :name, false, :at, :by)")
                .param("code", code).param("category", skill.category().name()).param("name", name)
                .param("at", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).param("by", Caller.name()).update();
        audit.success("SKILL_ADDED", "Skill", code, name + " (" + skill.category() + ")");
        return find(code).orElseThrow();
    }

    @Transactional
    public Skill retire(String code) {
        requireAdmin();
        Skill skill = find(code).orElseThrow(() -> new NotFoundException("Skill", code));
        if (skill.retired()) {
            throw new RuleViolationException("skill.retired.already", "Skill " + code + " is retired already.");
        }
        jdbc.sql("update skill set retired_at = :at where code = :code")
                .param("at", java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC)).param("code", code).update();
        audit.success("SKILL_RETIRED", "Skill", code, null);
        return find(code).orElseThrow();
    }

    private static void requireAdmin() {
        if (!Caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only administrators change the skill taxonomy.");
        }
    }

    private static Skill row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Skill(rs.getString("code"), SkillCategory.valueOf(rs.getString("category")), rs.getString("name"),
                rs.getBoolean("shipped"), rs.getTimestamp("retired_at") != null);
    }
}
