/**
 * Mentoring sessions: planning in each person's zone, calendar entries, logging what happened and the session
 * reminders. {@link org.flipside.pairing.session.SessionService} and {@link org.flipside.pairing.session.SessionPlan}
 * are a named interface so that the demo seeding can plan a session through the same rules as the pair.
 */
@org.springframework.modulith.NamedInterface("session")
package org.flipside.pairing.session;
