package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    /** A Wednesday. */
    private static final LocalDate WED = LocalDate.parse("2026-03-04");

    private static LocalDate deadline(String said, LocalDate day) {
        return Dates.deadline(Arrays.asList(TermExtractor.normalise(said).split(" ")), day);
    }

    @Test
    void givenAWeekdayWithNextWeek_whenResolved_thenThatWeekdayOfTheNextMondayToSundayWeek() {
        assertThat(deadline("deliver friday next week", WED)).isEqualTo("2026-03-13");
        assertThat(deadline("tutaleta ijumaa wiki ijayo", WED)).isEqualTo("2026-03-13");
        assertThat(deadline("tutaleta ijumaa ya wiki ijayo", WED)).isEqualTo("2026-03-13");
        assertThat(deadline("next week on monday", WED)).isEqualTo("2026-03-09");
        assertThat(deadline("wiki ijayo jumatatu", WED)).isEqualTo("2026-03-09");
        assertThat(deadline("sunday next week", LocalDate.parse("2026-03-08"))).isEqualTo("2026-03-15");
        assertThat(deadline("monday next week", LocalDate.parse("2026-03-09"))).isEqualTo("2026-03-16");
    }

    @Test
    void givenTheMonthByItsNumberInSwahili_whenResolved_thenThatMonth() {
        assertThat(deadline("niletee bungoma tarehe kumi mwezi wa nane", LocalDate.parse("2026-07-01")))
                .isEqualTo("2026-08-10");
        assertThat(deadline("mwezi wa kumi na mbili tarehe tano", WED)).isEqualTo("2026-12-05");
    }

    @Test
    void givenADayOfNextOrThisMonth_whenResolved_thenThatDayOfThatMonth() {
        assertThat(deadline("tutaleta tarehe tano mwezi ujao", WED)).isEqualTo("2026-04-05");
        assertThat(deadline("deliver by the 5th of next month", WED)).isEqualTo("2026-04-05");
        assertThat(deadline("leta tarehe ishirini mwezi huu", WED)).isEqualTo("2026-03-20");
    }

    @Test
    void givenNextWeekSaidBeforeTheDayOrAShortWeekday_whenResolved_thenThatDayOfNextWeek() {
        assertThat(deadline("wiki ijayo siku ya ijumaa", WED)).isEqualTo("2026-03-13");
        assertThat(deadline("deliver on fri next week", WED)).isEqualTo("2026-03-13");
    }

    @Test
    void givenAFractionWrittenWithASlash_whenResolved_thenNoDate() {
        assertThat(deadline("mtama 2 1/2 tonnes, deliver by mwisho wa mwezi", LocalDate.parse("2027-02-08")))
                .isEqualTo("2027-02-28");
        assertThat(deadline("3/4 of a bag", WED)).isNull();
        assertThat(Dates.spellNumericDates("mtama 2 1/2 tonnes, 1/2 a bag, 3/4 of a tonne, by 15/6"))
                .isEqualTo("mtama 2.5 tonnes, 0.5 a bag, 0.75 of a tonne, by  15 june ");
        assertThat(deadline("deliver by 1/4", WED)).isEqualTo("2026-04-01");
    }

    @Test
    void givenTheOtherRelativeWords_whenResolved_thenUnchanged() {
        assertThat(deadline("next friday", WED)).isEqualTo("2026-03-06");
        assertThat(deadline("ijumaa ijayo", WED)).isEqualTo("2026-03-06");
        assertThat(deadline("next week", WED)).isEqualTo("2026-03-11");
        assertThat(deadline("wiki ijayo", WED)).isEqualTo("2026-03-11");
        assertThat(deadline("kesho kutwa", WED)).isEqualTo("2026-03-06");
        assertThat(deadline("keshokutwa", WED)).isEqualTo("2026-03-06");
        assertThat(deadline("deliver the day after tomorrow", WED)).isEqualTo("2026-03-06");
        assertThat(deadline("deliver after 3 days", WED)).isEqualTo("2026-03-07");
        assertThat(deadline("deliver within a week", WED)).isEqualTo("2026-03-11");
    }

    @Test
    void givenADeliveryDayAndAnotherDayForPayingOrPicking_whenResolved_thenTheDeliveryDay() {
        assertThat(deadline("tutaleta kisumu kesho kutwa. nitakutumia pesa leo", WED))
                .isEqualTo("2026-03-06");
        assertThat(deadline("bring them on thursday next week. i send the deposit today", WED))
                .isEqualTo("2026-03-12");
        assertThat(deadline("nitawapelekea jumanne ijayo. nitavuna kesho", WED)).isEqualTo("2026-03-10");
        assertThat(deadline("we harvest tomorrow. deliver in 5 days", WED)).isEqualTo("2026-03-09");
        assertThat(deadline("nitakutumia pesa leo", WED)).isEqualTo("2026-03-04");
    }

    @Test
    void givenTareheMosiOfNextMonth_whenResolved_thenTheFirstOfNextMonth() {
        assertThat(deadline("tutaleta nakuru tarehe mosi mwezi ujao", WED)).isEqualTo("2026-04-01");
    }
}
