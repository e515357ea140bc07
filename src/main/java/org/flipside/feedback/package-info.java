/**
 * Feedback: what participants tell the program beyond their pair's own workspace — surveys, the psychological-safety
 * pulse and the confidential channel to the program's managers. Only the confidential channel exists so far; other
 * modules listen for {@link org.flipside.feedback.ConfidentialMessagePosted}.
 * <p>
 * The psychological-safety pulse ({@code feedback.safety}) asks junior mentors how openly they can speak with their
 * senior mentee; other modules listen for {@link org.flipside.feedback.SafetyFlagRaised} and read a program's trend
 * through {@link org.flipside.feedback.SafetyTrends}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.flipside.feedback;
