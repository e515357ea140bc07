/**
 * Feedback: what participants tell the program beyond their pair's own workspace — surveys, the psychological-safety
 * pulse and the confidential channel to the program's managers. Other modules listen for
 * {@link org.flipside.feedback.ConfidentialMessagePosted} and {@link org.flipside.feedback.SafetyFlagRaised}.
 * <p>
 * Surveys live in {@code feedback.survey}; dashboards read their aggregates through
 * {@link org.flipside.feedback.SurveyTrends}. The psychological-safety pulse ({@code feedback.safety}) asks junior
 * mentors how openly they can speak with their senior mentee; dashboards read a program's trend through
 * {@link org.flipside.feedback.SafetyTrends}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package org.flipside.feedback;
