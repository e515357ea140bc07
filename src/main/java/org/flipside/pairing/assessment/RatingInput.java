package org.flipside.pairing.assessment;

/**
 * One rating as a person submits it.
 *
 * @param item    the item's key, as the assessment's page or API lists it ({@code skill:…} or {@code growth:…})
 * @param rating  1 (just starting) to 5 (confident); {@code null} when missing, which the rules report
 * @param comment optional, up to {@link AssessmentRules#MAX_COMMENT} characters
 */
public record RatingInput(String item, Integer rating, String comment) {
}
