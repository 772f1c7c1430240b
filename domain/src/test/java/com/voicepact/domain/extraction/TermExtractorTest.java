package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** New transcripts, not from the corpus: the rules must hold beyond the examples they were written on. */
class TermExtractorTest {

    private static final LocalDate WED = LocalDate.parse("2026-03-04");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "elfu tatu na mia tano|3500",
                "laki mbili|200000",
                "two hundred thousand|200000",
                "3,500|3500",
                "3.5k|3500",
                "mia moja|100",
                "kumi na tano|15",
                "elfu kumi na tano|15000",
                "one million two hundred thousand|1200000",
                "ninety thousand|90000",
                "a hundred and fifty|150",
                "milioni moja|1000000",
                "sixty five|65"
            })
    void givenSpokenNumbers_whenNormalised_thenDigits(String spoken, String digits) {
        assertThat(TermExtractor.normalise(spoken)).isEqualTo(digits);
    }

    @Test
    void givenSwahiliDealWithATotalOnly_whenExtracted_thenUnitPriceComputedAndRelativeWeek() {
        ExtractedTerms terms = TermExtractor.extract(
                "nitakuuzia kilo mia tano za maharagwe jumla ni shilingi laki moja, " + "tutaleta nairobi wiki ijayo",
                WED);
        assertThat(terms.product().value()).isEqualTo("bean");
        assertThat(terms.quantity().value()).isEqualByComparingTo("500");
        assertThat(terms.unit().value()).isEqualTo("kg");
        assertThat(terms.totalAmount().value()).isEqualByComparingTo("100000");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("200");
        assertThat(terms.deliveryLocation().value()).isEqualTo("Nairobi");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(WED.plusWeeks(1));
        assertThat(terms.isCompleteForConfirmation()).isTrue();
    }

    @Test
    void givenHagglingInEnglish_whenExtracted_thenTheLastAgreedPriceWins() {
        ExtractedTerms terms = TermExtractor.extract(
                "buyer offers 3000 per bag, seller says no 3400 per bag, ok we agree 3200 per bag "
                        + "for 40 bags of green grams grade 2, bring them to Kitui by friday",
                WED);
        assertThat(terms.product().value()).isEqualTo("green gram");
        assertThat(terms.quantity().value()).isEqualByComparingTo("40");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("3200");
        assertThat(terms.totalAmount().value()).isEqualByComparingTo("128000");
        assertThat(terms.qualityRequirements().value()).isEqualTo("grade 2");
        assertThat(terms.deliveryLocation().value()).isEqualTo("Kitui");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(LocalDate.parse("2026-03-06"));
    }

    @Test
    void givenShorthandsAndADateAlreadyPastThisYear_whenExtracted_thenNextYearAndKesPerKg() {
        ExtractedTerms terms =
                TermExtractor.extract("3.5k kg onions at 60 bob per kg, deliver to Kericho on 2nd february", WED);
        assertThat(terms.product().value()).isEqualTo("onion");
        assertThat(terms.quantity().value()).isEqualByComparingTo(new BigDecimal("3500"));
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("60");
        assertThat(terms.currency().value()).isEqualTo("KES");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(LocalDate.parse("2027-02-02"));
    }

    @Test
    void givenTanzanianShillingsAndEndOfNextMonth_whenExtracted_thenTzsAndTheLastDay() {
        ExtractedTerms terms = TermExtractor.extract(
                "tani tano za mchele kwa tanzania shillings milioni moja kwa tani, "
                        + "tutapeleka arusha mwisho wa mwezi ujao",
                WED);
        assertThat(terms.product().value()).isEqualTo("rice");
        assertThat(terms.quantity().value()).isEqualByComparingTo("5");
        assertThat(terms.unit().value()).isEqualTo("tonne");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("1000000");
        assertThat(terms.currency().value()).isEqualTo("TZS");
        assertThat(terms.deliveryLocation().value()).isEqualTo("Arusha");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(LocalDate.parse("2026-04-30"));
    }

    @Test
    void givenUnknownProductAndPlace_whenExtracted_thenTheWordsAfterUnitOfAndDeliveryTo() {
        ExtractedTerms terms = TermExtractor.extract(
                "we will take 12 boxes of strawberries at 900 each, delivery to Kinangop in 3 days", WED);
        assertThat(terms.product().value()).isEqualTo("strawberry");
        assertThat(terms.quantity().value()).isEqualByComparingTo("12");
        assertThat(terms.unit().value()).isEqualTo("box");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("900");
        assertThat(terms.deliveryLocation().value()).isEqualTo("Kinangop");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(WED.plusDays(3));
    }

    @Test
    void givenChatWithoutTerms_whenExtracted_thenIncompleteAndNothingInvented() {
        ExtractedTerms terms = TermExtractor.extract("habari yako, tutaongea kesho kuhusu bei", WED);
        assertThat(terms.product().present()).isFalse();
        assertThat(terms.quantity().present()).isFalse();
        assertThat(terms.unitPrice().present()).isFalse();
        assertThat(terms.isCompleteForConfirmation()).isFalse();
        assertThat(terms.missingForConfirmation()).containsExactly("product", "quantity", "price");
        assertThat(terms.overallConfidence()).as("only the deadline was heard").isEqualTo(0.8);
        assertThat(terms.deliveryDeadline().value()).isEqualTo(WED.plusDays(1));
    }

    @Test
    void givenDayFirstNumericDate_whenExtracted_thenThatDayAndMonth() {
        ExtractedTerms terms = TermExtractor.extract("10 bags of maize at 3000 per bag deliver Eldoret on 2/3", WED);
        assertThat(terms.deliveryDeadline().value()).isEqualTo(LocalDate.parse("2027-03-02"));
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("3000");
    }

    @Test
    void givenADayOfTheMonthAlone_whenExtracted_thenItsNextOccurrence_butNotAQuantityOrDuration() {
        assertThat(TermExtractor.extract("deliver on the 25th", WED)
                        .deliveryDeadline()
                        .value())
                .isEqualTo(LocalDate.parse("2026-03-25"));
        assertThat(TermExtractor.extract("leta tarehe 2", WED)
                        .deliveryDeadline()
                        .value())
                .isEqualTo(LocalDate.parse("2026-04-02"));
        assertThat(TermExtractor.extract("by 20 bags of beans", WED)
                        .deliveryDeadline()
                        .value())
                .isNull();
        assertThat(TermExtractor.extract("deliver by 5 days", WED)
                        .deliveryDeadline()
                        .value())
                .isNull();
    }

    @Test
    void givenAPlaceOfTwoWordsOrASwahiliDeliveryVerb_whenExtracted_thenTheWholeName() {
        assertThat(TermExtractor.extract("tupeleke Homa Bay kesho", WED)
                        .deliveryLocation()
                        .value())
                .isEqualTo("Homa Bay");
        assertThat(TermExtractor.extract("wataniletea Githurai jumatatu", WED)
                        .deliveryLocation()
                        .value())
                .isEqualTo("Githurai");
        assertThat(TermExtractor.extract("we sold to Athi River traders", WED)
                        .deliveryLocation()
                        .value())
                .isEqualTo("Athi River");
    }

    @Test
    void givenCountedAnimalsWithoutAUnit_whenExtracted_thenPieces_andAUnitNamedBeforeItsPriceIsAPrice() {
        ExtractedTerms terms =
                TermExtractor.extract("12 goats ... no, we said 15 goats, each goat costs 9,000 shillings", WED);
        assertThat(terms.product().value()).isEqualTo("goat");
        assertThat(terms.quantity().value()).isEqualByComparingTo("15");
        assertThat(terms.unit().value()).isEqualTo("piece");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("9000");
    }

    @Test
    void givenHagglingThatDropsTheUnit_whenExtracted_thenTheLastOfferWins_butNotADateQuantityOrTotal() {
        ExtractedTerms terms = TermExtractor.extract(
                "30 crates of cabbages, 2,800 per crate. no, 2,400. ok 2,600 basi. "
                        + "deliver by the 12th, that is 78,000 total",
                WED);
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("2600");
        assertThat(terms.totalAmount().value()).isEqualByComparingTo("78000");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(LocalDate.parse("2026-03-12"));
    }

    @Test
    void givenAPauseBetweenTwoSpokenNumbers_whenExtracted_thenTwoNumbers() {
        ExtractedTerms terms = TermExtractor.extract("magunia sabini, elfu tatu kila gunia", WED);
        assertThat(terms.quantity().value()).isEqualByComparingTo("70");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("3000");
    }

    @Test
    void givenHyphenatedAndDecimalSpokenNumbers_whenExtracted_thenTheirValues() {
        assertThat(TermExtractor.extract("thirty-two bags of maize", WED)
                        .quantity()
                        .value())
                .isEqualByComparingTo("32");
        assertThat(TermExtractor.extract("two point five tonnes of wheat", WED)
                        .quantity()
                        .value())
                .isEqualByComparingTo("2.5");
    }

    @Test
    void givenMonthEndOrASwahiliCollectVerb_whenExtracted_thenTheLastDayAndThePlace() {
        ExtractedTerms terms = TermExtractor.extract("tutachukua Nyandarua by month end", WED);
        assertThat(terms.deliveryDeadline().value()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(terms.deliveryLocation().value()).isEqualTo("Nyandarua");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "laki tatu na nusu|350000",
                "elfu tatu na mia tano na nusu|3550",
                "two and a half|2.5",
                "three thousand a|3000 a",
                "a hundred|100",
                "kila moja elfu tano|kila 1 5000",
                "laki moja elfu hamsini|150000"
            })
    void givenHalvesAndTheWordA_whenNormalised_thenTheirValues(String said, String digits) {
        assertThat(TermExtractor.normalise(said)).isEqualTo(digits);
    }

    @Test
    void givenHalfAUnitAndSwahiliOrMonthEndDeadlines_whenExtracted_thenHalfAndTheRightDays() {
        ExtractedTerms half = TermExtractor.extract("nusu tani ya ndengu, tutaleta baada ya siku tatu", WED);
        assertThat(half.quantity().value()).isEqualByComparingTo("0.5");
        assertThat(half.unit().value()).isEqualTo("tonne");
        assertThat(half.deliveryDeadline().value()).isEqualTo(WED.plusDays(3));
        assertThat(TermExtractor.extract("before end of february", WED)
                        .deliveryDeadline()
                        .value())
                .isEqualTo(LocalDate.parse("2027-02-28"));
        assertThat(TermExtractor.extract("within 2 weeks", WED)
                        .deliveryDeadline()
                        .value())
                .isEqualTo(WED.plusWeeks(2));
    }

    @Test
    void givenAPriceForOneUnitOrAnsweredToAPerUnitQuestion_whenExtracted_thenTheUnitPrice_andOneIsNotTheQuantity() {
        ExtractedTerms oneBag = TermExtractor.extract("20 bags of maize, one bag is 4,000", WED);
        assertThat(oneBag.quantity().value()).isEqualByComparingTo("20");
        assertThat(oneBag.unitPrice().value()).isEqualByComparingTo("4000");
        ExtractedTerms asked = TermExtractor.extract(
                "kreti 12 za nyanya. pesa ngapi kila kreti? elfu tatu. elfu mbili na mia nane basi", WED);
        assertThat(asked.unitPrice().value()).isEqualByComparingTo("2800");
        assertThat(TermExtractor.extract("3,000 shillings for one bag", WED)
                        .unitPrice()
                        .value())
                .isEqualByComparingTo("3000");
    }

    @Test
    void givenATotalSaidBeforeItsWordAndCountedAnimalsAfterTheirName_whenExtracted_thenBoth() {
        ExtractedTerms terms = TermExtractor.extract("mbuzi kumi, 80,000 in total, deliver to Githurai 45 market", WED);
        assertThat(terms.quantity().value()).isEqualByComparingTo("10");
        assertThat(terms.unit().value()).isEqualTo("piece");
        assertThat(terms.totalAmount().value()).isEqualByComparingTo("80000");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("8000");
    }

    @Test
    void givenAUnitNamedThenItsPriceOrAPaymentForSeveralUnits_whenExtracted_thenPriceOrTotal() {
        ExtractedTerms perBag = TermExtractor.extract("gunia sitini za viazi, kila gunia elfu mbili", WED);
        assertThat(perBag.quantity().value()).isEqualByComparingTo("60");
        assertThat(perBag.unitPrice().value()).isEqualByComparingTo("2000");
        ExtractedTerms paid =
                TermExtractor.extract("the buyer will pay 2.4 million shillings for 40 tonnes of maize", WED);
        assertThat(paid.totalAmount().value()).isEqualByComparingTo("2400000");
        assertThat(paid.unitPrice().value()).isEqualByComparingTo("60000");
        assertThat(TermExtractor.extract("52 shillings per litre, first delivery friday", WED)
                        .unitPrice()
                        .value())
                .isEqualByComparingTo("52");
    }

    @Test
    void givenPricePerAUnitPhrasedOtherwiseAndASwahiliWarehouse_whenExtracted_thenPricePlaceAndDays() {
        assertThat(TermExtractor.extract("90 bob for a kilo of onions, 700 kilos", WED)
                        .unitPrice()
                        .value())
                .isEqualByComparingTo("90");
        assertThat(TermExtractor.extract("shilingi mia tano kwa kila kuku, kuku hamsini", WED)
                        .unitPrice()
                        .value())
                .isEqualByComparingTo("500");
        ExtractedTerms terms = TermExtractor.extract("tutaleta kwa ghala la Nakuru ndani ya siku tano", WED);
        assertThat(terms.deliveryLocation().value()).isEqualTo("Nakuru");
        assertThat(terms.deliveryDeadline().value()).isEqualTo(WED.plusDays(5));
    }

    @Test
    void givenATotalWithCurrencyBeforeTheWordAndAQuantityAfterIt_whenExtracted_thenTheTotalIsTheMoney() {
        ExtractedTerms terms = TermExtractor.extract("we pay 1,100,000 shillings total for 25 tonnes of wheat", WED);
        assertThat(terms.totalAmount().value()).isEqualByComparingTo("1100000");
        assertThat(terms.unitPrice().value()).isEqualByComparingTo("44000");
    }
}
