package org.flipside.feedback.safety;

import java.util.List;

/**
 * What a junior mentor sends: one value per statement, in order, and whether the program's managers may contact them
 * about it. Either may be missing in a request; {@link PulseInput} says what is wrong.
 */
@org.springframework.modulith.NamedInterface("safety")
public record PulseAnswer(List<Integer> statements, Boolean contact) {
}
