/**
 * Two-way goals with measurable key results and their computed progress. {@link org.flipside.pairing.goal.GoalService}
 * and its drafts are a named interface so that the demo seeding can set goals through the same rules as the pair.
 */
@org.springframework.modulith.NamedInterface("goal")
package org.flipside.pairing.goal;
