/**
 * Feedback: what participants tell the program beyond their pair's own workspace — surveys, the psychological-safety
 * pulse and the confidential channel to the program's managers. Other modules listen for
 * {@link org.flipside.feedback.ConfidentialMessagePosted}.
 * Surveys live in {@code feedback.survey}; dashboards read their aggregates through
 * {@link org.flipside.feedback.SurveyTrends}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.flipside.feedback;
