package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage 2 for counts: which number is the quantity, in which unit. */
class QuantitiesTest {

    private static List<String> words(String said) {
        return Arrays.asList(Normaliser.normalise(said).split(" "));
    }

    private static Quantities.Found find(String said) {
        String withPauses = Normaliser.withPauses(said);
        return Quantities.find(words(said), Normaliser.pausesBefore(withPauses));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "nina debe kumi na mbili za mahindi|12|debe",
                "gorogoro sitini za maharagwe|60|gorogoro",
                "makreti kumi ya nyanya|10|crate",
                "trei arobaini za mayai|40|tray",
                "kabichi vichwa mia tatu|300|head",
                "ninety heads of cabbage|90|head",
                "mikungu ishirini ya ndizi|20|bunch",
                "twelve bunches of bananas|12|bunch"
            })
    void givenTheUnitsOfTheMarket_whenFound_thenCountAndCanonicalUnit(String said, String count, String unit) {
        Quantities.Found found = find(said);
        assertThat(found.value()).isEqualByComparingTo(count);
        assertThat(found.unit()).isEqualTo(unit);
    }

    @Test
    void givenAWeightThatDescribesTheSack_whenFound_thenTheSacksAreTheQuantity() {
        Quantities.Found found = find("we have sixty sacks each one about ninety kilos");
        assertThat(found.value()).isEqualByComparingTo("60");
        assertThat(found.unit()).isEqualTo("bag");
        assertThat(find("magunia thelathini ya mahindi, 90 kilo bags").value()).isEqualByComparingTo("30");
        assertThat(find("niko na pishori, sixty bags za 50 kg").value()).isEqualByComparingTo("60");
        assertThat(find("bags 12 of 90 kg").unit()).isEqualTo("bag");
        assertThat(find("i have 35 bags, 90 kg each").value()).isEqualByComparingTo("35");
        assertThat(find("magunia 35 ya kilo 90 kila moja").unit()).isEqualTo("bag");
        assertThat(find("jumla ni 140000 kwa magunia 35").value()).isEqualByComparingTo("35");
        assertThat(find("ngapi kwa kreti? 2000").value()).isNull();
    }

    @Test
    void givenOneUnitNamedForItsPrice_whenFound_thenItIsNoQuantityOfOne() {
        assertThat(find("crates twenty of tomatoes, one crate is two thousand").value())
                .isEqualByComparingTo("20");
        assertThat(find("trei moja ni soo tatu").value()).isNull();
        assertThat(find("nina debe 30. debe moja 800").value()).isEqualByComparingTo("30");
        assertThat(find("kilo 400 za sukuma. kilo moja ngapi? 25").value()).isEqualByComparingTo("400");
    }

    @Test
    void givenAUnitAskedAboutAndThenAPriceAfterAPause_whenFound_thenThePriceIsNoQuantity() {
        assertThat(find("iko kilo mia tatu. bei gani kilo? mia moja").value()).isEqualByComparingTo("300");
        assertThat(find("trei ngapi? trei sabini").value()).isEqualByComparingTo("70");
    }

    @Test
    void givenTheSackWeighedAndThenItsPriceAsked_whenFound_thenTheSacksAreTheQuantity() {
        assertThat(find("nina magunia thelathini, kila gunia kilo tisini. gunia bei gani? elfu nne")
                        .value())
                .isEqualByComparingTo("30");
        assertThat(find("we have 15 bags, each bag 70 kilos. bag how much? 3000")
                        .value())
                .isEqualByComparingTo("15");
    }

    @Test
    void givenAPricePerUnitAndACounterOfferAfterAPause_whenFound_thenTheCounterOfferIsNoCount() {
        assertThat(find("tani nane. nitatoa elfu thelathini kwa tani. thelathini na mbili")
                        .value())
                .isEqualByComparingTo("8");
    }

    @Test
    void givenFewerAskedForThanOffered_whenFound_thenTheCountAskedFor() {
        assertThat(find("nina magunia arobaini ya viazi. nataka thelathini na tano tu. bei elfu mbili kwa gunia")
                        .value())
                .isEqualByComparingTo("35");
        assertThat(find("we have 40 crates. i will take 30, at 900 a crate").value())
                .isEqualByComparingTo("30");
        assertThat(find("kilo elfu moja za mahindi. nataka 45 kwa kilo").value())
                .isEqualByComparingTo("1000");
    }

    @Test
    void givenACountWithoutAUnitWord_whenFound_thenPieces() {
        Quantities.Found found = find("i have nine of them, the big ones");
        assertThat(found.value()).isEqualByComparingTo("9");
        assertThat(found.unit()).isEqualTo("piece");
        assertThat(find("kuku arobaini wa kienyeji").unit()).isEqualTo("piece");
        assertThat(find("nina mbuzi 7. bei ya mbuzi 1 ni 9000").value()).isEqualByComparingTo("7");
    }

    @Test
    void givenACountSaidAloneOfACountableProduct_whenCounted_thenPiecesFromTheFigureThatIsNoMoney() {
        List<String> t = words("mbuzi niko nao kumi na mbili, kila mmoja 9000, 8000, sawa 8500");
        Figure price = new Figure(new java.math.BigDecimal("8500"), t.lastIndexOf("8500"), false);
        Quantities.Found found = Counts.bareCount(t, "goat", price, Figure.NONE);
        assertThat(found.value()).isEqualByComparingTo("12");
        assertThat(found.unit()).isEqualTo("piece");
        assertThat(Counts.bareCount(t, "maize", price, Figure.NONE).value()).isNull();
    }

    @Test
    void givenAPriceQuotedPerUnitWithoutAQuantity_whenThePriceUnitIsAsked_thenThatUnit() {
        assertThat(Counts.priceUnit(words("70 shillings a litre, as much as you have")))
                .isEqualTo("litre");
        assertThat(Counts.priceUnit(words("bei nzuri sana"))).isNull();
        assertThat(Quantities.find(words("bei nzuri sana"), Set.of()).value()).isNull();
    }

    @Test
    void givenAUnitSaidAfterAPauseWithACountAfterIt_whenFound_thenTheCountAfterIt() {
        assertThat(find("bei 70 kwa lita\n75\nsawa 75, lita 400").value()).isEqualByComparingTo("400");
        assertThat(find("form ni 1500 debe\nsawa\ndebe 12").value()).isEqualByComparingTo("12");
        assertThat(find("8 bags. price 2600 bag 1").value()).isEqualByComparingTo("8");
    }

    @Test
    void givenThePriceOfOneUnitAskedAndAnsweredAfterAPause_whenFound_thenTheCountSaidBefore() {
        assertThat(find("nina debe 40 za ndengu. bei ya debe? 1400").value()).isEqualByComparingTo("40");
        assertThat(find("we have 80 bunches. price of a bunch? 250").value()).isEqualByComparingTo("80");
    }

    @Test
    void givenHowManyUnitsAskedAndAnsweredInTheNextTurn_whenFound_thenThatCountInThatUnit() {
        Quantities.Found trays = find("una trei ngapi za mayai?\nziko kama tisini\nbei?\n350");
        assertThat(trays.value()).isEqualByComparingTo("90");
        assertThat(trays.unit()).isEqualTo("tray");
        assertThat(find("how many bags do you have? around 45 i think. price 3000")
                        .value())
                .isEqualByComparingTo("45");
        assertThat(find("sijui magunia mangapi. bei ni 4000 kwa gunia").value()).isNull();
    }
}
