package org.flipside.matching.settings;

/** A manager's statement that the mentor's answer to one application question should meet the mentee's to another. */
public record QuestionLink(long mentorQuestionId, long menteeQuestionId) {
}
