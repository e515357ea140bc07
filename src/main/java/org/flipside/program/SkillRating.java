package org.flipside.program;

/**
 * A skill a participant offers or wants, with a level from 1 (a little) to 5 (a lot). The level may be missing in
 * input, which the rules report; stored ratings always have one.
 */
public record SkillRating(String skillCode, Integer level) {
}
