/**
 * Feedback: what participants tell the program beyond their pair's own workspace — surveys, the psychological-safety
 * pulse and the confidential channel to the program's managers. Only the confidential channel exists so far; other
 * modules listen for {@link org.flipside.feedback.ConfidentialMessagePosted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.flipside.feedback;
