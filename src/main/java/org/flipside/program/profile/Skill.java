package org.flipside.program.profile;

/**
 * One skill of the taxonomy. Shipped skills are named in the bundle ({@code skill.<code>}) and have no
 * {@code customName}; skills an administrator added carry their own name. Retired skills are not offered any more
 * but stay on the profiles that have them.
 */
public record Skill(String code, SkillCategory category, String customName, boolean shipped, boolean retired) {

    public String messageKey() {
        return "skill." + code;
    }
}
