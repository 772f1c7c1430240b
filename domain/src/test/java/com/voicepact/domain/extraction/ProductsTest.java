package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProductsTest {

    private static ExtractedTerms.Field<String> product(String said) {
        return Products.field(Arrays.asList(TermExtractor.normalise(said).split(" ")));
    }

    @Test
    void givenAProductOnlyMentionedInPassing_whenFound_thenTheAgreedOneWins() {
        assertThat(product("do you have tomatoes? no, only onions, 10 bags at 4000 each")
                        .value())
                .isEqualTo("onion");
        assertThat(product("my maize is not ready but I have beans, 20 bags at 5000")
                        .value())
                .isEqualTo("bean");
        assertThat(product("sasa mama nyanya, nataka magunia kumi ya viazi kwa elfu mbili")
                        .value())
                .isEqualTo("potato");
        assertThat(product("sina mahindi, lakini maharagwe magunia tano elfu sita")
                        .value())
                .isEqualTo("bean");
        assertThat(product("nitakuuzia magunia 20 ya mahindi, maharagwe 20 hayajakomaa")
                        .value())
                .isEqualTo("maize");
        assertThat(product("avocado zimekwisha, nina maembe 500 kwa kumi").value())
                .isEqualTo("mango");
        assertThat(product("10 bags of maize at 3000. no wait, make it 10 bags of beans at 6000")
                        .value())
                .isEqualTo("bean");
    }

    @Test
    void givenATradeOrVarietyName_whenFound_thenTheCrop() {
        assertThat(product("500 pieces of hass at 15 bob").value()).isEqualTo("avocado");
        assertThat(product("nina fuerte 300 kwa 10").value()).isEqualTo("avocado");
        assertThat(product("20 bags of h614 at 4000").value()).isEqualTo("maize");
        assertThat(product("rosecoco 10 bags").value()).isEqualTo("bean");
        assertThat(product("shangi magunia 30").value()).isEqualTo("potato");
        assertThat(product("kilo 200 za pishori").value()).isEqualTo("rice");
        assertThat(product("sl28 cherry 500 kg").value()).isEqualTo("coffee");
        assertThat(product("kuku wa kienyeji 30 kila mmoja 800").value()).isEqualTo("chicken");
    }

    @Test
    void givenKienyejiQualifyingAnotherProduct_whenFound_thenThatProduct_andChickenOnlyAlone() {
        assertThat(product("trei hamsini za mayai ya kienyeji, one tray is four hundred")
                        .value())
                .isEqualTo("egg");
        assertThat(product("nina kienyeji thelathini kila moja 800").value()).isEqualTo("chicken");
        assertThat(product("i need matooke two hundred bunches").value()).isEqualTo("banana");
        assertThat(product("nko na kabeji heads mia mbili").value()).isEqualTo("cabbage");
    }

    @Test
    void givenAWordOneLetterOffAProduct_whenFound_thenThatProductAsAGuess() {
        ExtractedTerms.Field<String> guessed = product("20 bags of maise at 3000");
        assertThat(guessed.value()).isEqualTo("maize");
        assertThat(guessed.isUncertain()).isTrue();
        assertThat(product("50 crates of tomatos").value()).isEqualTo("tomato");
        assertThat(product("beens 10 bags").value()).isEqualTo("bean");
        assertThat(product("20 bags of maize").isUncertain()).isFalse();
    }

    @Test
    void givenEverydayOrShortWordsOneLetterOffAProduct_whenFound_thenNoGuess() {
        assertThat(product("the money is 3000 per bag").value()).isNull();
        assertThat(product("can you raise it to 3000").value()).isNull();
        assertThat(product("nice 200 each").value()).isNull(); // "nice" is one letter off "rice" but short
        assertThat(ProductNames.misheard("mils")).isNull();
    }
}
