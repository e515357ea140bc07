package org.flipside.program.profile.web;

import org.flipside.program.profile.SkillCategory;

/** A skill of the taxonomy over JSON. */
record SkillView(String code, String name, SkillCategory category, boolean custom, boolean retired) {
}
