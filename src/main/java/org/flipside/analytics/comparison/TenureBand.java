package org.flipside.analytics.comparison;

import java.time.LocalDate;
import java.time.Period;

/** How long someone had worked here on a given day, in the bands the comparison group is matched on. */
public enum TenureBand {
    UNDER_ONE_YEAR,
    ONE_TO_THREE_YEARS,
    THREE_TO_FIVE_YEARS,
    FIVE_TO_TEN_YEARS,
    TEN_YEARS_OR_MORE;

    /** The band on {@code day}; {@code null} when the hire date is unknown, so such a person is never matched. */
    public static TenureBand of(LocalDate hireDate, LocalDate day) {
        if (hireDate == null) {
            return null;
        }
        int years = Period.between(hireDate, day).getYears();
        if (years < 1) {
            return UNDER_ONE_YEAR;
        }
        if (years < 3) {
            return ONE_TO_THREE_YEARS;
        }
        if (years < 5) {
            return THREE_TO_FIVE_YEARS;
        }
        return years < 10 ? FIVE_TO_TEN_YEARS : TEN_YEARS_OR_MORE;
    }
}
