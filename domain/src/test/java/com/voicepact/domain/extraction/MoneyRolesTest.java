package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stage 2 for money: which figure is the unit price and which the total, haggling included. */
class MoneyRolesTest {

    private static List<String> words(String said) {
        return Arrays.asList(Normaliser.normalise(said).split(" "));
    }

    private static Figure price(String said) {
        List<String> t = words(said);
        return Prices.unitPrice(t, Quantities.find(t, java.util.Set.of()).index());
    }

    private static Figure total(String said) {
        List<String> t = words(said);
        return Totals.total(t, Quantities.find(t, java.util.Set.of()).index());
    }

    @Test
    void givenAPerUnitQuestionAndBareAnswers_whenTagged_thenTheLastAnswerIsTheUnitPrice() {
        assertThat(price("magunia 12 kila gunia ngapi? 5000. 4200. sawa 4600").value())
                .isEqualByComparingTo("4600");
        assertThat(price("how much a crate? 1800. 1500. ok 1650").value()).isEqualByComparingTo("1650");
        assertThat(price("kuku 25, bei gani kila mmoja? 900. 700. 800").value()).isEqualByComparingTo("800");
        assertThat(price("debe moja shilingi ngapi? 650").value()).isEqualByComparingTo("650");
    }

    @Test
    void givenAShortHagglingReply_whenTagged_thenScaledToTheOfferAndGuessed() {
        Figure figure = price("4,800 per bag. 4,200. sawa forty five");
        assertThat(figure.value()).isEqualByComparingTo("4500");
        assertThat(figure.guessed()).isTrue();
        assertThat(price("120,000 per tonne. no, one ten").value()).isEqualByComparingTo("110000");
    }

    @Test
    void givenTheQuantitySaidAgainAfterTheDeal_whenTagged_thenItIsNoOffer() {
        assertThat(price("magunia 15, 3000 per gunia, 2800, sawa 2900 nachukua zote 15")
                        .value())
                .isEqualByComparingTo("2900");
    }

    @Test
    void givenWholeLotWordsInEitherLanguage_whenTagged_thenTheLastFigureForTheLotIsTheTotal() {
        assertThat(total("80 crates, 200,000 for everything. 180,000. ok 190,000 for the whole lot")
                        .value())
                .isEqualByComparingTo("190000");
        assertThat(total("kreti 80 yote pamoja laki mbili. laki moja na nusu. sawa")
                        .value())
                .isEqualByComparingTo("150000");
        assertThat(total("gunia 20 zote 64000, 60000 zote").value()).isEqualByComparingTo("60000");
        assertThat(total("all of it for 45,000").value()).isEqualByComparingTo("45000");
    }

    @Test
    void givenANumberAfterTareheNearATotalWord_whenTagged_thenItIsADateNotTheTotal() {
        assertThat(total("kwa jumla 90000, niletee tarehe 21").value()).isEqualByComparingTo("90000");
        assertThat(total("jumla tarehe 21 utaleta").present()).isFalse();
    }

    @Test
    void givenAShortReplyAboutTheLot_whenTagged_thenScaledToTheOffer() {
        assertThat(total("240,000 for everything. make it two fifty").value()).isEqualByComparingTo("250000");
    }

    @Test
    void givenAUnitNamedThenItsPrice_whenTagged_thenThatIsTheUnitPrice() {
        assertThat(price("tani tatu za mtama, bei kwa kilo 42").value()).isEqualByComparingTo("42");
        assertThat(price("nipe debe nne, debe ni 1100").value()).isEqualByComparingTo("1100");
        assertThat(price("iko kilo 300. kilo ni ngapi? 60. 50. sawa 55").value())
                .isEqualByComparingTo("55");
        assertThat(price("40,000 kwa lita 800").present()).isFalse();
    }

    @Test
    void givenASumPaidForTheCountSaidBeforeIt_whenTagged_thenTheTotal() {
        assertThat(total("i take the 45 crates for 99,000").value()).isEqualByComparingTo("99000");
        assertThat(total("45 crates for 2,200 each").present()).isFalse();
    }

    @Test
    void givenAnOfferForTheCountSaidWithoutAUnit_whenTagged_thenTheTotal() {
        assertThat(total("nine of them. I want ninety thousand for all nine. eighty. eighty five thousand for the nine")
                        .value())
                .isEqualByComparingTo("85000");
        assertThat(total("nine of them. 9 for the 9 animals").value()).isNull();
    }

    @Test
    void givenThePriceOfAUnitAskedWithKwa_whenTagged_thenTheBareAnswersAreOffersAndTheLastWins() {
        assertThat(price("nina magunia hamsini ya maharagwe. bei gani kwa gunia bwana? shilingi elfu nane. elfu saba."
                                + " sawa elfu saba na mia tano")
                        .value())
                .isEqualByComparingTo("7500");
        assertThat(price("magunia hamsini. ni ngapi kwa gunia mzee. shilingi elfu nane. elfu saba")
                        .value())
                .isEqualByComparingTo("7000");
    }

    @Test
    void givenABrokerAskedHowMuchOneAndRelayingOffers_whenTagged_thenTheLastOfferIsTheUnitPriceNotTheOne() {
        assertThat(price("nina mbuzi wanne wa kuuza. mteja anauliza ni ngapi moja? elfu kumi na mbili. anasema"
                                + " elfu tisa. elfu kumi na moja. ameingia elfu kumi. sawa elfu kumi")
                        .value())
                .isEqualByComparingTo("10000");
    }

    @Test
    void givenAFigureNamedAsThePriceWithoutAUnit_whenTagged_thenAGuessedUnitPrice() {
        Figure figure = price("nataka magunia 30. bei ni 2400. 2000. sawa 2200");
        assertThat(figure.value()).isEqualByComparingTo("2200");
        assertThat(price("magunia 30, bei ni 2400").guessed()).isTrue();
    }

    @Test
    void givenADateSaidAgainAtTheEnd_whenTagged_thenItIsNoOffer() {
        assertThat(price("80 kg at 450 per kilo, deliver on 12 june. fine, 12").value())
                .isEqualByComparingTo("450");
    }

    @Test
    void givenACountPricedAsAWhole_whenTagged_thenTheTotal() {
        assertThat(total("so 1500 kg is 1.2 million").value()).isEqualByComparingTo("1200000");
        assertThat(total("we agree 900,000 for the 300 bags").value()).isEqualByComparingTo("900000");
    }

    @Test
    void givenTheUnitOfAProductNamedBeforeItsPrice_whenTagged_thenThatIsTheUnitPrice() {
        assertThat(price("trei ya mayai ni 380, nataka trei 25").value()).isEqualByComparingTo("380");
        assertThat(price("nina mbuzi 6, kila mbuzi 14000").value()).isEqualByComparingTo("14000");
        assertThat(price("2000 kila gunia, 1800").value()).isEqualByComparingTo("1800");
    }

    @Test
    void givenAFigureAtAPriceWithoutAUnit_whenTagged_thenAGuessedUnitPriceButNoHour() {
        Figure figure = price("we agree 45 bags of beans at 7800, deliver at 3 pm");
        assertThat(figure.value()).isEqualByComparingTo("7800");
        assertThat(figure.guessed()).isTrue();
    }

    @Test
    void givenColloquialSwahiliSums_whenTagged_thenTheirValue() {
        assertThat(total("magunia 40 yote pamoja laki moja sabini. laki moja sitini. sawa")
                        .value())
                .isEqualByComparingTo("160000");
        assertThat(total("magunia 25 kwa 70000, sawa").value()).isEqualByComparingTo("70000");
        assertThat(price("nina kuku 12, bei ya kuku 1 ni 900").value()).isEqualByComparingTo("900");
    }

    @Test
    void givenTransportOrADepositBesideTheGoodsPrice_whenTagged_thenNotTheGoodsPrice() {
        assertThat(price("20 crates, how much per crate? 2500. 2200. sawa 2200. the pickup is 2000 i pay")
                        .value())
                .isEqualByComparingTo("2200");
        assertThat(price("magunia 10 bei 3000 kwa gunia. sawa. nitatuma lori, hiyo ni 3500 tofauti")
                        .value())
                .isEqualByComparingTo("3000");
        assertThat(price("10 goats at 9000 each. sawa. fare ya pickup ni 8000 yangu")
                        .value())
                .isEqualByComparingTo("9000");
    }

    @Test
    void givenThePriceOfAnotherDeal_whenTagged_thenNoOffer() {
        assertThat(price("we pay 60 per litre\n60?\nlast year it was 50\nprices went up")
                        .value())
                .isEqualByComparingTo("60");
        assertThat(price("price is 80 per kilo. 80 is fine, the last buyer was giving 70")
                        .value())
                .isEqualByComparingTo("80");
    }

    @Test
    void givenAFigureThenTheOneUnitItPrices_whenTagged_thenAUnitPriceAndNoQuantity() {
        assertThat(price("nina trei 40. bei ni 350 trei. sawa, nachukua zote 40")
                        .value())
                .isEqualByComparingTo("350");
        assertThat(price("gorogoro 60\nngapi\n150 gorogoro 1").value()).isEqualByComparingTo("150");
        assertThat(price("bags 30, each 90 kilos\none bag how much\n4000").value())
                .isEqualByComparingTo("4000");
    }

    @Test
    void givenThePriceAskedAndAnsweredWithACurrencyWordOrAfterNgapi_whenTagged_thenTheLastOfferIsTheUnitPrice() {
        assertThat(price("30 crates. price? shillings 2,400. 2,100. shillings 2,250. ok")
                        .value())
                .isEqualByComparingTo("2250");
        assertThat(price("magunia 12. ni ngapi? elfu sita. elfu tano. elfu tano na mia tano. sawa")
                        .value())
                .isEqualByComparingTo("5500");
        assertThat(price("12 debes, how much? 1,300. 1,100. fine 1,200").value())
                .isEqualByComparingTo("1200");
    }

    @Test
    void givenThePriceOfOneUnitAsked_whenTheAnswerFollowsAPause_thenTheUnitPriceAndNotACount() {
        assertThat(price("nina debe 40 za ndengu. bei ya debe? 1,400. 1,200. sawa 1,300")
                        .value())
                .isEqualByComparingTo("1300");
        assertThat(price("kreti 25 ziko. ngapi kreti? soo nane. soo saba. poa soo saba")
                        .value())
                .isEqualByComparingTo("700");
        assertThat(price("80 bunches. what is the price of a bunch? 250. 200. ok 220")
                        .value())
                .isEqualByComparingTo("220");
    }

    @Test
    void givenACostSaidOfTheTransportToATown_whenTagged_thenNotTheGoodsPrice_butTransportAsAReasonIs() {
        assertThat(price("5 tonnes, price per tonne? 60000. 52000. 56000 deal. the lorry to ol kalou is 48000")
                        .value())
                .isEqualByComparingTo("56000");
        assertThat(price("30 bags at 2600 per bag. the fuel is costly, make it 2800. ok 2800")
                        .value())
                .isEqualByComparingTo("2800");
    }

    @Test
    void givenThePriceOfOneAnimalAskedWithKila_whenTagged_thenTheAnswersAreOffersAndTheCountIsNoPrice() {
        assertThat(price("nina mbuzi 12. kila mbuzi ngapi? 9000. 8000. 8500 sawa")
                        .value())
                .isEqualByComparingTo("8500");
    }
}
