/**
 * Surveys: question kinds, the templates Flipside writes, programs' editable copies with versions, the occasions that
 * open instances (a logged session, a program's mid-point and end, a pair's closure, a manager sending one now),
 * answering once per invitation, and results under the small-group rule.
 * {@link org.flipside.feedback.survey.SurveySetup} and {@link org.flipside.feedback.survey.SurveyAnswering} are a
 * named interface so that the demo seeding sets surveys up and answers them through the same rules as people do.
 */
@org.springframework.modulith.NamedInterface("survey")
package org.flipside.feedback.survey;
