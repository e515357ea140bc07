package org.flipside.pairing.assessment;

/** An item a person rates themself on, with its display name. */
public record Item(String item, String name) {
}
