package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stage 1a: figures and words as speech-to-text prints them, split or joined the way a reader would. */
class WrittenFormsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "speaker 2: 3,400 per bag|3400 per bag",
                "caller 1: fifty bags|50 bags",
                "ksh4,500 a crate|ksh 4500 a crate",
                "frw900 per kilo|frw 900 per kilo",
                "900frw per kilo|900 frw per kilo",
                "3,500bob a crate|3500 bob a crate",
                "20kg bags|20 kg bags",
                "650/- per tray|650 per tray",
                "sixty 000 no, 60 000 per tonne|60000 per tonne",
                "seventybags of onions|70 bags of onions",
                "fiftyfive crates|55 crates",
                "on 20/11|on 20 november",
                "buyer: ksh. 7 500. seller: 7 200.|ksh 7500 7200",
                "sawa 3 800, deliver friday|sawa 3800 deliver friday",
                "trei 20 350 each|trei 20 350 each",
                "ok 4500. call me on 0733 456 789|ok 4500 call me on",
                "pay to till number 881234 then|pay to till then",
                "my number is +254712345678 sawa|my number is sawa",
                "paybill 400200 account no 7788 ok|paybill account ok"
            })
    void givenPrintedForms_whenNormalised_thenPlainWordsAndDigits(String printed, String normalised) {
        assertThat(Normaliser.normalise(printed)).endsWith(normalised);
    }
}
