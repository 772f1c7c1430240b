package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage 1: spoken numbers, slang, stutters and fillers become plain digits; "for the whole lot" becomes "total". */
class NormaliserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ngiri nne|4000",
                "thao sita|6000",
                "kioo|1000",
                "kioo mbili|2000",
                "soo nane|800",
                "finje|500",
                "thao tatu na finje|3500",
                "ngiri 2 na soo 4|2400",
                "soo mbili na mbao mbili|240",
                "mbao|20",
                "mbao tatu|60",
                "7k|7000",
                "2.5k|2500",
                "12,500|12500",
                "a hundred and twenty|120",
                "three hundred and forty|340",
                "laki moja na nusu|150000",
                "elfu thelathini na nne mia tano|34500",
                "two and a half thousand|2500",
                "4 thao|4000",
                "kila moja ngiri ngapi|kila 1 ngapi",
                "kila moja elfu tano|kila 1 5000"
            })
    void givenMoneySlangAndColloquialNumbers_whenNormalised_thenDigits(String spoken, String digits) {
        assertThat(Normaliser.normalise(spoken)).isEqualTo(digits);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "three fifty|350",
                "one twenty five|125",
                "nine ninety|990",
                "twelve fifty|1250",
                "six eight|68",
                "eleven five|115",
                "twenty five|25",
                "two hundred fifty|250",
                "four thousand two hundred|4200"
            })
    void givenPriceShorthands_whenNormalised_thenTheFigureMeant(String spoken, String digits) {
        assertThat(Normaliser.normalise(spoken)).isEqualTo(digits);
    }

    @Test
    void givenAStutteredNumberWord_whenNormalised_thenItIsSaidOnceNotAdded() {
        assertThat(Normaliser.normalise("nina thirty thirty crates")).isEqualTo("nina 30 crates");
        assertThat(Normaliser.normalise("bei ni elfu elfu nne")).isEqualTo("bei ni 4000");
        assertThat(Normaliser.normalise("kilo 700 700 kilos")).isEqualTo("kilo 700 kilos");
    }

    @Test
    void givenFillersAndSpeakerLabels_whenNormalised_thenDroppedAndTheNumbersAroundThemStaySeparate() {
        assertThat(Normaliser.normalise("eeh 2600 aah per bag you know")).isEqualTo("2600 per bag");
        assertThat(Normaliser.normalise("trader: sixty. farmer: five hundred")).isEqualTo("60 500");
    }

    @Test
    void givenSwahiliNumeralsAgreeingWithTheirNoun_whenNormalised_thenDigits() {
        assertThat(Normaliser.normalise("ng'ombe watatu na magunia manne")).isEqualTo("ng'ombe 3 na magunia 4");
    }

    @Test
    void givenTheWaysOfSayingTheWholeLot_whenNormalised_thenTheWordTotal() {
        assertThat(Normaliser.normalise("90,000 for everything")).isEqualTo("90000 total");
        assertThat(Normaliser.normalise("elfu tisini yote pamoja")).isEqualTo("90000 total");
        assertThat(Normaliser.normalise("kwa jumla elfu tisini")).isEqualTo("total 90000");
        assertThat(Normaliser.normalise("hizo zote ni elfu tisini")).isEqualTo("total ni 90000");
        assertThat(Normaliser.normalise("zote ni nzuri")).isEqualTo("zote ni nzuri");
    }

    @Test
    void givenPauses_whenNormalisedWithPauses_thenTheirPositionsAreKnown() {
        String said = Normaliser.withPauses("ni ngapi kilo? 120");
        assertThat(said).isEqualTo("ni ngapi kilo | 120");
        assertThat(Normaliser.pausesBefore(said)).containsExactly(3);
    }

    @Test
    void givenTwoOffersWithoutAPauseBetweenThem_whenNormalised_thenTwoNumbersNotOneSum() {
        assertThat(Normaliser.normalise("four hundred fifty thousand three hundred fifty thousand"))
                .isEqualTo("450000 350000");
        assertThat(Normaliser.normalise("elfu tatu mia tano elfu tatu")).isEqualTo("3500 3000");
        assertThat(Normaliser.normalise("one million two hundred thousand")).isEqualTo("1200000");
        assertThat(Normaliser.normalise("laki moja elfu ishirini")).isEqualTo("120000");
    }

    @Test
    void givenALineBreakBetweenSpeakersWithoutLabels_whenNormalised_thenTheNumbersStaySeparate() {
        assertThat(Normaliser.normalise("we offer sixty thousand\nseventy is fair"))
                .isEqualTo("we offer 60000 70 is fair");
        assertThat(Normaliser.normalise("elfu tatu\r\nmia tano sawa")).isEqualTo("3000 500 sawa");
    }

    @Test
    void givenTheMatatuAsAVehicle_whenNormalised_thenNoNumberThree_butMagunaMatatuIsThree() {
        assertThat(Normaliser.normalise("i'll load them on the matatu")).isEqualTo("i'll load them on the mat");
        assertThat(Normaliser.normalise("magunia matatu")).isEqualTo("magunia 3");
    }

    @Test
    void givenFlatAfterAFigureAndMosiForTheFirst_whenNormalised_thenTheFigureAndTheDay() {
        assertThat(Normaliser.normalise("nipe 1800 flat kwa debe")).isEqualTo("nipe 1800 kwa debe");
        assertThat(Normaliser.normalise("tuletee tarehe mosi")).isEqualTo("tuletee tarehe 1");
    }
}
