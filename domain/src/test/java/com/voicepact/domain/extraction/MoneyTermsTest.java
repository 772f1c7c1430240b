package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Stage 3 for money: the slots filled from tagged figures, the figure agreed last winning, guesses marked. */
class MoneyTermsTest {

    private static final BigDecimal FORTY = new BigDecimal("40");

    private static Figure at(String value, int index) {
        return new Figure(new BigDecimal(value), index, false);
    }

    @Test
    void givenOnlyAUnitPriceAndAQuantityHeardPlainly_whenAgreed_thenTheTotalIsComputedAsSureAsThey() {
        MoneyTerms money = MoneyTerms.agree(FORTY, at("3000", 5), Figure.NONE);
        assertThat(money.unitPrice().value()).isEqualByComparingTo("3000");
        assertThat(money.unitPrice().isUncertain()).isFalse();
        assertThat(money.total().value()).isEqualByComparingTo("120000");
        assertThat(money.total().isUncertain()).isFalse();
    }

    @Test
    void givenOnlyATotalThatDividesExactly_whenAgreed_thenTheUnitPriceIsComputedAsSureAsTheTotal() {
        MoneyTerms money = MoneyTerms.agree(FORTY, Figure.NONE, at("100000", 9));
        assertThat(money.unitPrice().value()).isEqualByComparingTo("2500");
        assertThat(money.unitPrice().isUncertain()).isFalse();
        assertThat(money.total().isUncertain()).isFalse();
    }

    @Test
    void givenAGuessedQuantityOrPriceOrARoundedDivision_whenComputed_thenTheComputedFigureIsMarkedUncertain() {
        assertThat(MoneyTerms.agree(FORTY, true, at("3000", 5), Figure.NONE)
                        .total()
                        .isUncertain())
                .isTrue();
        assertThat(MoneyTerms.agree(FORTY, new Figure(new BigDecimal("3000"), 5, true), Figure.NONE)
                        .total()
                        .isUncertain())
                .isTrue();
        assertThat(MoneyTerms.agree(new BigDecimal("3"), Figure.NONE, at("1000", 9))
                        .unitPrice()
                        .isUncertain())
                .isTrue();
    }

    @Test
    void givenAPriceThenALaterTotalThatDisagrees_whenAgreed_thenTheLaterTotalWins() {
        MoneyTerms money = MoneyTerms.agree(FORTY, at("3000", 5), at("110000", 20));
        assertThat(money.total().value()).isEqualByComparingTo("110000");
        assertThat(money.unitPrice().value()).isEqualByComparingTo("2750");
        assertThat(money.unitPrice().isUncertain()).isTrue();
    }

    @Test
    void givenATotalThenALaterPriceThatDisagrees_whenAgreed_thenTheLaterPriceWins() {
        MoneyTerms money = MoneyTerms.agree(FORTY, at("3000", 30), at("110000", 20));
        assertThat(money.unitPrice().value()).isEqualByComparingTo("3000");
        assertThat(money.total().value()).isEqualByComparingTo("120000");
        assertThat(money.total().isUncertain()).isTrue();
    }

    @Test
    void givenBothSaidAndAgreeing_whenAgreed_thenBothAreHeard() {
        MoneyTerms money = MoneyTerms.agree(FORTY, at("3000", 5), at("120000", 9));
        assertThat(money.unitPrice().isUncertain()).isFalse();
        assertThat(money.total().isUncertain()).isFalse();
    }

    @Test
    void givenARescaledReply_whenAgreed_thenItIsMarkedUncertain() {
        MoneyTerms money = MoneyTerms.agree(null, new Figure(new BigDecimal("3400"), 7, true), Figure.NONE);
        assertThat(money.unitPrice().isUncertain()).isTrue();
        assertThat(money.total().present()).isFalse();
    }

    @Test
    void givenAShortHagglingReply_whenScaledToTheOffer_thenTheSameSize() {
        assertThat(Figure.scaledTo(new BigDecimal("150"), new BigDecimal("160000")))
                .isEqualByComparingTo("150000");
        assertThat(Figure.scaledTo(new BigDecimal("24"), new BigDecimal("2200")))
                .isEqualByComparingTo("2400");
        assertThat(Figure.scaledTo(new BigDecimal("7"), new BigDecimal("2200"))).isEqualByComparingTo("7");
        assertThat(Figure.scaledTo(new BigDecimal("1900"), new BigDecimal("2200")))
                .isEqualByComparingTo("1900");
        assertThat(Figure.scaledTo(new BigDecimal("30"), null)).isEqualByComparingTo("30");
    }
}
