package org.flipside.pairing.goal;

import java.math.BigDecimal;

/**
 * A key result as someone wrote it.
 *
 * @param id    the key result it changes, or {@code null} for a new one
 * @param unit  free text such as "%", "talks" or "hours"
 */
public record KeyResultDraft(Long id, String description, String unit, BigDecimal start, BigDecimal target) {
}
