/**
 * Participant profiles: skills offered and wanted, work style, availability, meeting mode, languages and the
 * do-not-match list. {@link org.flipside.program.profile.ProfileService} and its content types are a named
 * interface so that the demo seeding can fill in profiles through the same rules as a participant.
 */
@org.springframework.modulith.NamedInterface("profile")
package org.flipside.program.profile;
