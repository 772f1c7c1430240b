package com.voicepact.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The splitting rule as a table, on M-Pesa B2C's limits (KES 10 to 250,000 per payout). */
class PayoutLimitsTest {

    private static final PayoutLimits MPESA = new PayoutLimits(kes("10"), kes("250000"));

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "10; 10",
                "9; 9", // below the minimum: one part, the provider refuses it (nothing to split)
                "250000; 250000",
                "250001; 249991 + 10", // never a part below the minimum: the part before gives what it lacks
                "250005; 249995 + 10",
                "250010; 250000 + 10",
                "400000; 250000 + 150000",
                "500000; 250000 + 250000",
                "750001; 250000 + 250000 + 249991 + 10",
                "1000000; 250000 + 250000 + 250000 + 250000",
                "400000.50; 250000 + 150000.50"
            })
    void givenAnAmount_whenSplit_thenAsFewPartsAsPossible_maximumsFirst_noneBelowTheMinimum_summingToIt(
            String amount, String parts) {
        List<Money> expected = Arrays.stream(parts.split("\\+"))
                .map(String::strip)
                .map(PayoutLimitsTest::kes)
                .toList();

        List<Money> split = MPESA.split(kes(amount));

        assertThat(split).isEqualTo(expected);
        assertThat(split.stream().reduce(Money::plus).orElseThrow()).isEqualTo(kes(amount));
    }

    @Test
    void givenNoLimits_orAnotherCurrency_thenOnePart() {
        assertThat(PayoutLimits.none().split(kes("400000"))).containsExactly(kes("400000"));
        assertThat(MPESA.split(Money.of("400000", CurrencyCode.UGX)))
                .containsExactly(Money.of("400000", CurrencyCode.UGX));
    }

    @Test
    void givenLimitsThatCannotAlwaysSplit_thenRefused() {
        assertThatThrownBy(() -> new PayoutLimits(kes("10"), kes("19")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("twice the minimum");
        assertThatThrownBy(() -> new PayoutLimits(kes("10"), Money.of("250000", CurrencyCode.UGX)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new PayoutLimits(kes("0"), kes("250000"))).isInstanceOf(InvalidValueException.class);
    }
}
