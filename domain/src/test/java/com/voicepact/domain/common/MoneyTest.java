package com.voicepact.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void givenWholeShillings_whenCreated_thenScaledToTwoDecimals() {
        assertThat(Money.of("3500", CurrencyCode.KES).amount()).isEqualTo(new BigDecimal("3500.00"));
    }

    @Test
    void givenUgandanShillings_whenCreated_thenScaleIsZero() {
        assertThat(Money.of("1200", CurrencyCode.UGX).amount().scale()).isZero();
    }

    @Test
    void givenMoreDecimalsThanTheCurrencyHas_whenCreated_thenRefusedInsteadOfRounded() {
        assertThatThrownBy(() -> Money.of("10.005", CurrencyCode.KES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("more decimals");
        assertThatThrownBy(() -> Money.of("10.5", CurrencyCode.UGX)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenNegativeAmount_whenCreated_thenRefusedWithReason() {
        assertThatThrownBy(() -> Money.of("-1", CurrencyCode.KES))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void givenAnAmountNoMoneyColumnHolds_whenCreated_thenRefusedWithTheRange_andNeverWrittenOut() {
        assertThat(Money.of("9999999999999999.99", CurrencyCode.KES).amount())
                .isEqualByComparingTo(Money.maximum(CurrencyCode.KES));
        assertThatThrownBy(() -> Money.of("10000000000000000", CurrencyCode.KES))
                .hasMessage("amount must be at most 9,999,999,999,999,999.99 KES, got 10000000000000000");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e999999999"), CurrencyCode.KES))
                .hasMessageEndingWith("got 1E+999999999");
        assertThatThrownBy(() -> Money.positive(new BigDecimal("1e400"), CurrencyCode.UGX, "unit_price"))
                .hasMessage("unit_price must be between 1 and 9,999,999,999,999,999 UGX, got 1E+400");
        assertThatThrownBy(() -> Money.positive(BigDecimal.ZERO, CurrencyCode.KES, "amount"))
                .hasMessage("amount must be between 0.01 and 9,999,999,999,999,999.99 KES, got 0");
        assertThatThrownBy(() -> Money.positive(new BigDecimal("1e-999999999"), CurrencyCode.KES, "amount"))
                .hasMessage("amount: amount 1E-999999999 has more decimals than KES allows (2)");
    }

    @Test
    void givenEachCurrency_whenRefusedOrAtItsMaximum_thenTheSameRangeAndWordsAsEver() {
        // the refusals are now worded only when refused, and the maxima computed once: same texts, same bounds
        assertThat(Money.maximum(CurrencyCode.UGX)).isEqualTo(new BigDecimal("9999999999999999"));
        assertThat(Money.maximum(CurrencyCode.KES)).isEqualTo(new BigDecimal("9999999999999999.99"));
        for (CurrencyCode currency : CurrencyCode.values()) {
            assertThat(Money.of(Money.maximum(currency), currency).amount()).isEqualTo(Money.maximum(currency));
            assertThatThrownBy(() -> Money.of(Money.maximum(currency).add(BigDecimal.ONE), currency))
                    .hasMessageStartingWith("amount must be at most 9,999,999,999,999,99")
                    .hasMessageContaining(" " + currency + ", got 1000000000000000");
        }
        assertThatThrownBy(() -> Money.of("-1.5", CurrencyCode.KES))
                .hasMessage("amount must not be negative, got -1.5");
        assertThatThrownBy(() -> Money.of("10.005", CurrencyCode.KES))
                .hasMessage("amount 10.005 has more decimals than KES allows (2)");
        assertThatThrownBy(() -> Money.of("1", CurrencyCode.KES).minus(Money.of("1", CurrencyCode.UGX)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("cannot combine KES with UGX");
    }

    @Test
    void givenTextThatIsNoNumber_whenCreated_thenRefused() {
        assertThatThrownBy(() -> Money.of("12abc", CurrencyCode.KES)).hasMessageContaining("not a number");
    }

    @Test
    void givenUnitPrice_whenMultipliedByFractionalQuantity_thenRoundedHalfEvenToCents() {
        assertThat(Money.of("3.33", CurrencyCode.KES).times(new BigDecimal("2.5")))
                .isEqualTo(Money.of("8.32", CurrencyCode.KES));
    }

    @Test
    void givenTwoCurrencies_whenAdded_thenRefused() {
        assertThatThrownBy(() -> Money.of("1", CurrencyCode.KES).plus(Money.of("1", CurrencyCode.UGX)))
                .hasMessageContaining("cannot combine");
    }

    @Test
    void givenUnknownCurrency_whenParsed_thenReasonListsTheKnownOnes() {
        assertThat(CurrencyCode.parse(" kes ")).isEqualTo(CurrencyCode.KES);
        assertThatThrownBy(() -> CurrencyCode.parse("USD")).hasMessageContaining("unsupported currency");
    }
}
