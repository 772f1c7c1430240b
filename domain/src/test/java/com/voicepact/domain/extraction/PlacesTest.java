package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private static Places.Place place(String said) {
        List<String> words = Arrays.asList(TermExtractor.normalise(said).split(" "));
        return Places.find(words);
    }

    private static String name(String said) {
        Places.Place place = place(said);
        return place == null ? null : place.name();
    }

    @Test
    void givenAnEverydayWordAfterADeliveryVerb_whenFound_thenItIsNoPlace() {
        assertThat(name("ok bring it When you can, 20 bags")).isNull();
        assertThat(name("deliver to my home kesho")).isNull();
        assertThat(name("tutaleta nyumbani ijumaa")).isNull();
        assertThat(name("nitapeleka shambani kesho")).isNull();
        assertThat(name("niletee kwa boma yangu baada ya siku tatu")).isNull();
        assertThat(name("deliver to my home in Kitale")).isEqualTo("Kitale");
    }

    @Test
    void givenAMarketInsideATown_whenFound_thenTheTown_andAMarketAloneKeepsItsName() {
        assertThat(name("deliver to Wakulima market in Nairobi on friday")).isEqualTo("Nairobi");
        assertThat(name("tutapeleka soko la Kongowea Mombasa")).isEqualTo("Mombasa");
        assertThat(name("bring them to Gikomba market tomorrow")).isEqualTo("Gikomba");
        assertThat(name("leta Marikiti")).isEqualTo("Marikiti");
    }

    @Test
    void givenMultiWordTowns_whenFound_thenKeptWhole() {
        assertThat(name("deliver to nandi hills next week")).isEqualTo("Nandi Hills");
        assertThat(name("tutapeleka kapsabet town")).isEqualTo("Kapsabet Town");
        assertThat(name("drop them at mai mahiu")).isEqualTo("Mai Mahiu");
        assertThat(name("peleka homa bay")).isEqualTo("Homa Bay");
        assertThat(place("magunia kumi, niletee Mai Mahiu").confidence()).isEqualTo(PlaceCandidates.KNOWN);
    }

    @Test
    void givenAPlaceSaidInPassing_whenFound_thenTheDeliveryPlaceWins() {
        assertThat(place("niletee mzigo kwa shamba yangu Endebess").confidence())
                .isEqualTo(PlaceCandidates.KNOWN);
        assertThat(place("I'm in Eldoret, I will collect them from your farm in Endebess")
                        .name())
                .isEqualTo("Endebess");
        assertThat(place("mimi niko Kisumu lakini mzigo upelekwe Siaya").confidence())
                .isEqualTo(PlaceCandidates.KNOWN);
        assertThat(place("niko Nakuru, mzigo utafika Naivasha").name()).isEqualTo("Naivasha");
        assertThat(place("tukutane Kitengela jumamosi").confidence()).isEqualTo(PlaceCandidates.KNOWN);
        assertThat(name("I live in Nakuru but deliver to Eldoret")).isEqualTo("Eldoret");
        assertThat(name("mimi natoka Kisumu, tutaleta Kakamega")).isEqualTo("Kakamega");
        assertThat(name("hello this is Otieno from Kisumu, 20 bags at 3000")).isNull();
        assertThat(name("I am calling from Kitale, deliver at Kitengela depot")).isEqualTo("Kitengela");
    }

    @Test
    void givenAPlaceNameContainingAProductWord_whenFound_thenThePlaceAndNoProduct() {
        java.util.List<String> words =
                Arrays.asList(TermExtractor.normalise("deliver to Kahawa West").split(" "));
        assertThat(Places.find(words).name()).isEqualTo("Kahawa West");
        assertThat(Products.find(words)).isNull();
        assertThat(name("niko Kisumu saa hii, tuma mzigo Siaya")).isEqualTo("Siaya");
    }

    @Test
    void givenAnApostropheInTheName_whenFound_thenSpelledAsSaid() {
        assertThat(name("deliver to Murang'a by end of month")).isEqualTo("Murang'a");
        assertThat(name("deliver to Muranga by end of month")).isEqualTo("Muranga");
    }

    @Test
    void givenAnUnknownWordAfterABareTo_whenFound_thenNoPlace() {
        assertThat(name("take them to Baraka, he is my son")).isNull();
    }

    @Test
    void givenAKnownTownThatIsAlsoAWord_whenNotAfterAMarker_thenNoPlace() {
        assertThat(name("nina ruiru 11 cherry 800 kg, leta kesho")).isNull(); // a coffee variety, not the town
        assertThat(name("tutachukua wote pamoja")).isNull();
        assertThat(name("nauza mahindi yote, bei ni elfu tatu wote")).isNull();
        assertThat(name("deliver to Wote on monday")).isEqualTo("Wote");
        assertThat(name("okay 600 kg at 60, deliver Wote in 3 days")).isEqualTo("Wote");
    }

    @Test
    void givenAnUnknownWordAfterADeliveryVerb_whenFound_thenAGuessUnderCertain() {
        Places.Place guessed = place("deliver to Chepkorio kesho");
        assertThat(guessed.name()).isEqualTo("Chepkorio");
        assertThat(guessed.confidence()).isLessThan(ExtractedTerms.Field.CERTAIN);
        assertThat(place("deliver to Webuye kesho").confidence()).isGreaterThanOrEqualTo(ExtractedTerms.Field.CERTAIN);
        assertThat(name("deliver to Chepkorio, it is near Eldoret")).isEqualTo("Eldoret");
    }

    @Test
    void givenAMarketAndItsOwnTownSaidLaterInTheCall_whenFound_thenTheTown() {
        assertThat(name("tupeleke Kongowea kesho\nsi ile ya Mombasa\nndio")).isEqualTo("Mombasa");
        assertThat(name("drop them at Gikomba on monday, the one in Nairobi")).isEqualTo("Nairobi");
        assertThat(name("leta Kangemi market Nairobi jumamosi")).isEqualTo("Nairobi");
        assertThat(name("niletee Kangemi jumamosi")).isEqualTo("Kangemi");
        assertThat(name("i live in Nairobi. bring them to Gikomba")).isEqualTo("Gikomba");
    }

    @Test
    void givenMultiWordPlacesSharingAWordWithATown_whenFound_thenKeptWhole() {
        assertThat(name("deliver to Mau Narok on monday")).isEqualTo("Mau Narok");
        assertThat(name("tupeleke Mwembe Tayari kesho")).isEqualTo("Mwembe Tayari");
    }

    @Test
    void givenHalfTheMoneySentAfterASendingVerb_whenFound_thenNoPlace() {
        assertThat(name("nitakutumia nusu kesho")).isNull();
        assertThat(name("tutakutumia deposit leo")).isNull();
    }
}
