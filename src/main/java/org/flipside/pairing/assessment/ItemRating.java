package org.flipside.pairing.assessment;

/** A rated item as stored, with its display name. */
public record ItemRating(String item, String name, int rating, String comment) {
}
