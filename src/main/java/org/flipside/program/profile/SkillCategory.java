package org.flipside.program.profile;

/** The groups of the skill taxonomy; names are {@code skill.category.<NAME>} in the bundle. */
public enum SkillCategory {
    DIGITAL_TOOLS, SOCIAL_MEDIA, AI_DATA, COLLABORATION, INCLUSION, LEADERSHIP, CUSTOMER_INSIGHT
}
