package com.voicepact.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTermsTest {

    private static final Quantity FIFTY_BAGS = Quantity.of(new BigDecimal("50"), "bags");
    private static final Money PRICE = Money.of("3500", CurrencyCode.KES);

    @Test
    void givenQuantityAndPriceWithoutTotal_whenBuilt_thenTotalIsComputed() {
        ContractTerms terms = ContractTerms.of("Maize", FIFTY_BAGS, PRICE, null, null, null, null, null);
        assertThat(terms.total()).isEqualTo(Money.of("175000", CurrencyCode.KES));
    }

    @Test
    void givenTotalInconsistentWithQuantityTimesPrice_whenBuilt_thenRejectedWithBothFigures() {
        assertThatThrownBy(() -> ContractTerms.of(
                        "Maize", FIFTY_BAGS, PRICE, Money.of("170000", CurrencyCode.KES), null, null, null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("inconsistent")
                .hasMessageContaining("175000.00");
    }

    @Test
    void givenOnlyATotal_whenBuilt_thenAccepted() {
        ContractTerms terms =
                ContractTerms.of("Beans", null, null, Money.of("900", CurrencyCode.KES), null, null, null, null);
        assertThat(terms.quantity()).isNull();
        assertThat(terms.total().amount()).isEqualByComparingTo("900");
    }

    @Test
    void givenNeitherTotalNorPrice_whenBuilt_thenRejected() {
        assertThatThrownBy(() -> ContractTerms.of("Beans", FIFTY_BAGS, null, null, null, null, null, null))
                .hasMessageContaining("total amount is required");
    }

    @Test
    void givenBlankProductOrMixedCurrencies_whenBuilt_thenRejected() {
        assertThatThrownBy(() -> ContractTerms.of(" ", FIFTY_BAGS, PRICE, null, null, null, null, null))
                .hasMessageContaining("product is required");
        assertThatThrownBy(() -> ContractTerms.of(
                        "Maize",
                        null,
                        Money.of("1", CurrencyCode.UGX),
                        Money.of("1", CurrencyCode.KES),
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("differs");
    }

    @Test
    void givenZeroOrNegativeQuantity_whenBuilt_thenRejected() {
        assertThatThrownBy(() -> Quantity.of(BigDecimal.ZERO, "bags"))
                .hasMessageContaining("quantity must be between 0.001 and");
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("-3"), "bags"))
                .hasMessageContaining("quantity must be between 0.001 and");
    }

    @Test
    void givenAQuantityOrTotalNoColumnHolds_whenBuilt_thenRefusedWithTheRange() {
        assertThat(Quantity.of(new BigDecimal("999999999999999.999"), "bags").value())
                .isEqualByComparingTo("999999999999999.999");
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("1e15"), "bags"))
                .hasMessage("quantity must be between 0.001 and 999,999,999,999,999.999, got 1000000000000000");
        assertThatThrownBy(() -> ContractTerms.of(
                        "Maize",
                        Quantity.of(new BigDecimal("1e14"), "bags"),
                        Money.of("1000000000000000", CurrencyCode.KES),
                        null,
                        null,
                        null,
                        null,
                        null))
                .hasMessageStartingWith(
                        "total amount (quantity x unit price) must be between 0.01 and 9,999,999,999,999,999.99 KES");
    }

    @Test
    void givenADeadlineBeforeTodayOrMoreThanFiveYearsAhead_whenChecked_thenRefused() {
        LocalDate today = LocalDate.parse("2026-03-02");
        ContractTerms terms = ContractTerms.of(
                "Maize", null, null, Money.of("10", CurrencyCode.KES), null, LocalDate.parse("2031-03-02"), null, null);
        terms.requireDeadlineWithinReach(today);
        assertThatThrownBy(() -> terms.requireDeadlineWithinReach(today.minusDays(1)))
                .hasMessageContaining("more than 5 years ahead");
        ContractTerms old = ContractTerms.of(
                "Maize", null, null, Money.of("10", CurrencyCode.KES), null, LocalDate.parse("1900-01-01"), null, null);
        assertThatThrownBy(() -> old.requireDeadlineWithinReach(today))
                .hasMessageContaining("delivery deadline 1900-01-01 is in the past");
    }
}
