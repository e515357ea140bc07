package org.flipside.analytics.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TenureBandTest {

    @Test
    void bandsAreWholeYearsOfServiceOnTheDay() {
        LocalDate day = LocalDate.of(2025, 6, 1);

        assertThat(TenureBand.of(LocalDate.of(2024, 6, 2), day)).isEqualTo(TenureBand.UNDER_ONE_YEAR);
        assertThat(TenureBand.of(LocalDate.of(2024, 6, 1), day)).isEqualTo(TenureBand.ONE_TO_THREE_YEARS);
        assertThat(TenureBand.of(LocalDate.of(2022, 6, 2), day)).isEqualTo(TenureBand.ONE_TO_THREE_YEARS);
        assertThat(TenureBand.of(LocalDate.of(2022, 6, 1), day)).isEqualTo(TenureBand.THREE_TO_FIVE_YEARS);
        assertThat(TenureBand.of(LocalDate.of(2020, 6, 1), day)).isEqualTo(TenureBand.FIVE_TO_TEN_YEARS);
        assertThat(TenureBand.of(LocalDate.of(2015, 6, 2), day)).isEqualTo(TenureBand.FIVE_TO_TEN_YEARS);
        assertThat(TenureBand.of(LocalDate.of(2015, 6, 1), day)).isEqualTo(TenureBand.TEN_YEARS_OR_MORE);
        assertThat(TenureBand.of(null, day)).isNull();
    }
}
