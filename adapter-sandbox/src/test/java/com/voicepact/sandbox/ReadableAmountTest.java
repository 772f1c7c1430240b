package com.voicepact.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableAmountTest {

    @ParameterizedTest
    @CsvSource({
        "9000.0000, 'KES 9,000'",
        "9000, 'KES 9,000'",
        "9000.5, 'KES 9,000.50'",
        "9000.50, 'KES 9,000.50'",
        "0.0000, KES 0",
        "0.005, KES 0.005",
        "250000, 'KES 250,000'",
        "1234567.891, 'KES 1,234,567.891'",
        "1E+3, 'KES 1,000'"
    })
    void givenAnAmount_whenShownToAPerson_thenThousandsAreGroupedAndNoDigitIsLost(String amount, String shown) {
        assertThat(ReadableAmount.of("KES", new BigDecimal(amount))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({
        "KES 9000.0000, 'KES 9,000'",
        "KES 9000.5000, 'KES 9,000.50'",
        "UGX 150000.0000, 'UGX 150,000'",
        "KES abc, KES abc",
        "9000, 9000",
        "'', ''"
    })
    void givenAtsMoneyText_whenShownToAPerson_thenItIsReadableOrLeftAsItWas(String wire, String shown) {
        assertThat(ReadableAmount.ofWire(wire)).isEqualTo(shown);
    }
}
