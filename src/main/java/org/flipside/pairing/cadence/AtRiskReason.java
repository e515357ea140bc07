package org.flipside.pairing.cadence;

import java.util.List;

/**
 * Why a pair is at risk, for its program's managers only. {@code arguments} fill the text {@code messageKey}; an
 * {@link java.time.Instant} among them is shown as a date in the reader's time zone.
 *
 * @param code stable name for the API, e.g. {@code NO_HELD_SESSION}
 */
@org.springframework.modulith.NamedInterface("cadence")
public record AtRiskReason(String code, String messageKey, List<Object> arguments) {

    public static final String NO_HELD_SESSION = "NO_HELD_SESSION";
    public static final String SENIOR_CANCELLED = "SENIOR_CANCELLED";
    public static final String SENIOR_NO_SHOW = "SENIOR_NO_SHOW";

    public AtRiskReason {
        arguments = List.copyOf(arguments);
    }
}
