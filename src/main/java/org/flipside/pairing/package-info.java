/**
 * Pairing: the life of a mentor–mentee pair once it is formed, from a confirmed match or by a program manager's hand
 * — the mentoring agreement both sign, two-way goals with measurable key results, self-assessments, private notes,
 * scheduled and logged sessions, cadence tracking and closing. Other modules use {@link org.flipside.pairing.Pairs}
 * and listen for its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pairing")
package org.flipside.pairing;
