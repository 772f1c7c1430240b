package com.voicepact.domain.contract;

import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static com.voicepact.domain.testdata.ContractBuilder.maizeTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermMarksTest {

    private static ExtractedTerms heard(double product, double quantity, double unitPrice, double place, double date) {
        return new ExtractedTerms(
                Field.of("maize", product),
                Field.of(new BigDecimal("50"), quantity),
                Field.of("bags", 0.9),
                Field.of(new BigDecimal("3500"), unitPrice),
                Field.none(),
                Field.of("KES", 0.9),
                Field.of("Kitale", place),
                Field.of(LocalDate.parse("2026-12-20"), date),
                Field.none());
    }

    @Test
    void givenFieldsHeardUnderTheCertainLine_whenMarked_thenExactlyThoseTerms() {
        assertThat(TermMarks.heardIn(heard(0.9, 0.9, 0.5, 0.69, 0.7)).inOrder())
                .containsExactly(TermCorrection.Field.PRICE, TermCorrection.Field.PLACE);
        assertThat(TermMarks.heardIn(heard(0.85, 0.9, 0.9, 0.9, 0.8))).isEqualTo(TermMarks.none());
    }

    @Test
    void givenFieldsNotHeardAtAll_whenMarked_thenMissingIsNotUncertain() {
        ExtractedTerms nothing = new ExtractedTerms(
                Field.none(),
                Field.none(),
                Field.none(),
                Field.none(),
                Field.none(),
                Field.none(),
                Field.none(),
                Field.none(),
                Field.none());
        assertThat(TermMarks.heardIn(nothing).isEmpty()).isTrue();
    }

    @Test
    void givenMarks_whenStoredAndRead_thenSameMarksInAFixedOrder() {
        TermMarks marks =
                TermMarks.of(TermCorrection.Field.DATE, TermCorrection.Field.PRODUCT, TermCorrection.Field.PRICE);
        assertThat(marks.wireForm()).isEqualTo("price,date,product");
        assertThat(TermMarks.fromWireForm(marks.wireForm())).isEqualTo(marks);
        assertThat(TermMarks.fromWireForm("")).isEqualTo(TermMarks.none());
        assertThat(TermMarks.fromWireForm(null).wireForm()).isEmpty();
        assertThatThrownBy(() -> TermMarks.fromWireForm("price,colour")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAContractWithDoubtfulPriceAndPlace_whenThePriceIsCorrected_thenOnlyThePlaceStaysMarked() {
        Contract contract = aContract()
                .withUncertain(TermCorrection.Field.PRICE, TermCorrection.Field.PLACE)
                .pending();
        ContractTerms t = maizeTerms();
        ContractTerms corrected = ContractTerms.of(
                t.product(),
                t.quantity(),
                Money.of("3000", CurrencyCode.KES),
                null,
                t.deliveryLocation(),
                t.deliveryDeadline(),
                t.qualityRequirements(),
                null);
        contract.amendTerms(corrected, T0.plusSeconds(60), WINDOW);
        assertThat(contract.agreement().uncertain()).isEqualTo(TermMarks.of(TermCorrection.Field.PLACE));
        assertThat(Contract.reconstitute(contract.snapshot()).agreement().uncertain())
                .isEqualTo(TermMarks.of(TermCorrection.Field.PLACE));
    }

    @Test
    void givenAContractTypedIn_whenCreated_thenNothingIsMarked() {
        assertThat(aContract().pending().agreement().uncertain().isEmpty()).isTrue();
    }

    @Test
    void givenEachTerm_whenOnlyItChanges_thenOnlyItIsSeenChanged() {
        ContractTerms t = maizeTerms();
        ContractTerms otherPlace = ContractTerms.of(
                t.product(), t.quantity(), t.unitPrice(), null, "Kitale", t.deliveryDeadline(), null, null);
        assertThat(TermMarks.changed(TermCorrection.Field.PLACE, t, otherPlace)).isTrue();
        assertThat(TermMarks.changed(TermCorrection.Field.PRICE, t, otherPlace)).isFalse();
        assertThat(TermMarks.changed(TermCorrection.Field.QUANTITY, t, otherPlace))
                .isFalse();
        assertThat(TermMarks.changed(TermCorrection.Field.DATE, t, otherPlace)).isFalse();
        assertThat(TermMarks.changed(TermCorrection.Field.PRODUCT, t, otherPlace))
                .isFalse();
    }

    @Test
    void givenACurrencyGuessedFromTheDefaultCountry_whenHeard_thenMarked_andStoredWithTheTerms() {
        ExtractedTerms fromDefault = new ExtractedTerms(
                Field.of("maize", 0.9),
                Field.of(new BigDecimal("50"), 0.9),
                Field.of("bags", 0.9),
                Field.of(new BigDecimal("3500"), 0.5),
                Field.none(),
                Field.of("KES", 0.6), // Currencies.FROM_DEFAULT: only "shillings" said, phones of two countries
                Field.of("Kitale", 0.9),
                Field.of(LocalDate.parse("2026-12-20"), 0.9),
                Field.none());
        TermMarks guessed = new TermMarks(java.util.Set.of(TermCorrection.Field.PRICE), true);
        assertThat(TermMarks.heardIn(fromDefault)).isEqualTo(guessed);
        assertThat(TermMarks.heardIn(heard(0.9, 0.9, 0.9, 0.9, 0.9)).currency()).isFalse();
        assertThat(guessed.isEmpty()).isFalse();
        assertThat(guessed.wireForm()).isEqualTo("price,currency");
        assertThat(TermMarks.fromWireForm("price,currency")).isEqualTo(guessed);
        assertThat(TermMarks.fromWireForm("price")).isEqualTo(TermMarks.of(TermCorrection.Field.PRICE));
        assertThat(new TermMarks(java.util.Set.of(), true)
                        .without(java.util.List.of(TermCorrection.Field.PRICE))
                        .currency())
                .isTrue();
    }
}
