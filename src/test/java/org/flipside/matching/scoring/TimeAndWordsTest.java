package org.flipside.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flipside.program.AvailabilitySlot;
import org.junit.jupiter.api.Test;

/** Availability in UTC quarter hours of the fixed reference week, time-zone offsets, words and languages. */
class TimeAndWordsTest {

    @Test
    void earlyMondayInTokyoMeetsLateSundayInLondonAcrossTheEndOfTheWeek() {
        long[] tokyo = WeeklySlots.mask(List.of(slot(DayOfWeek.MONDAY, "08:00", "09:00")), ZoneId.of("Asia/Tokyo"));
        long[] london = WeeklySlots.mask(List.of(slot(DayOfWeek.SUNDAY, "23:00", "23:45")), ZoneId.of("Europe/London"));

        assertThat(WeeklySlots.count(tokyo)).isEqualTo(4);
        assertThat(WeeklySlots.common(tokyo, london)).isEqualTo(3);
    }

    @Test
    void theReferenceWeekIsNorthernWinterWhateverTheDate() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId sydney = ZoneId.of("Australia/Sydney");

        assertThat(WeeklySlots.offsetMinutes(newYork)).isEqualTo(-5 * 60);
        assertThat(WeeklySlots.offsetMinutes(sydney)).isEqualTo(11 * 60);
        assertThat(WeeklySlots.offsetMinutes(ZoneId.of("Asia/Kolkata"))).isEqualTo(5 * 60 + 30);
        // 09:00 in New York on Monday is 14:00 UTC: quarter 56 of the week
        long[] mask = WeeklySlots.mask(List.of(slot(DayOfWeek.MONDAY, "09:00", "09:15")), newYork);
        assertThat(mask[0]).isEqualTo(1L << 56);
    }

    @Test
    void timeZonesLoseMarksWithDistanceAndNothingFromTwelveHours() {
        Person london = new Person(null);
        london.offset = 0;
        Person kolkata = new Person(null);
        kolkata.offset = 330;
        Person auckland = new Person(null);
        auckland.offset = 13 * 60;

        assertThat(Fulfilment.timeZone(london, kolkata)).isEqualTo(54); // 100 - round(330 / 720 × 100)
        assertThat(Fulfilment.timeZone(london, auckland)).isZero();
        assertThat(Fulfilment.timeZone(kolkata, kolkata)).isEqualTo(100);
    }

    @Test
    void meaningfulWordsDropSmallWordsAndFoldPlurals() {
        assertThat(Words.of("I love podcasts, the stories and CITIES; AI & jazz").keySet())
                .containsExactly("podcast", "story", "city", "ai", "jazz");
        assertThat(Words.of("I love podcasts").get("podcast")).isEqualTo("podcasts");
        assertThat(Words.of("business class glass").keySet()).containsExactly("business", "class", "glass");
        assertThat(Words.of(null)).isEmpty();
    }

    @Test
    void directoryLanguageNamesAndProfileCodesMeet() {
        assertThat(Languages.canonical("French")).isEqualTo("fr");
        assertThat(Languages.canonical(" en-GB ")).isEqualTo("en");
        assertThat(Languages.canonical("de")).isEqualTo("de");
        assertThat(Languages.canonical("Klingon")).isEqualTo("klingon");
    }

    @Test
    void aCustomSkillShowsUnderItsOwnName() {
        ReasonText text = new ReasonText(messages(), code -> code.equals("team-podcasts")
                ? Optional.of("Team podcasts") : Optional.empty());

        Reason reason = Reason.of("matching.reason.skills.all", 1, "Dana",
                List.of(new Term("skill.team-podcasts", List.of(), "team-podcasts")), 0);

        assertThat(text.text(reason, Locale.ENGLISH)).isEqualTo("Teaches the one skill Dana wants: Team podcasts");
    }

    private static org.springframework.context.support.ResourceBundleMessageSource messages() {
        var source = new org.springframework.context.support.ResourceBundleMessageSource();
        source.setBasenames("i18n/matching-scoring", "i18n/profile");
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    private static AvailabilitySlot slot(DayOfWeek day, String from, String to) {
        return new AvailabilitySlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }
}
