package org.flipside.program.profile;

/** A skill an administrator adds: a stable code (lower-case letters, digits and hyphens), a name and a category. */
public record NewSkill(String code, String name, SkillCategory category) {
}
