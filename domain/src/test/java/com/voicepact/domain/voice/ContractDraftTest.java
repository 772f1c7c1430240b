package com.voicepact.domain.voice;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractDraftTest {

    private static final ContractId ID = ContractId.of(2026, 77);
    private static final List<Party> PARTIES =
            List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma"));

    private static ExtractedTerms heard(Field<BigDecimal> quantity, Field<BigDecimal> price) {
        return new ExtractedTerms(
                Field.of("maize", 0.85),
                quantity,
                Field.of("bags", 0.9),
                price,
                Field.none(),
                Field.of("KES", 0.8),
                Field.none(),
                Field.none(),
                Field.none());
    }

    private static final TermCorrection PRICE = new TermCorrection.NewPrice(new BigDecimal("3500"), null);

    private static ContractDraft withoutPrice() {
        return ContractDraft.open(
                ID,
                ContractType.AGRICULTURAL_SUPPLY,
                PARTIES,
                "t",
                heard(Field.of(new BigDecimal("100"), 0.9), Field.none()),
                T0,
                WINDOW);
    }

    @Test
    void givenADraftWithoutPrice_whenAPartySendsIt_thenCompleteOnce() {
        ContractDraft draft = withoutPrice();
        assertThat(draft.missing()).containsExactly("price");
        assertThat(draft.completeIfReady(T0)).isFalse();
        draft.supply(SELLER, PRICE, T0.plusSeconds(30));
        assertThat(draft.missing()).isEmpty();
        assertThat(draft.heard().unitPrice()).isEqualTo(Field.of(new BigDecimal("3500"), 1.0));
        assertThat(draft.heard().unitPrice().isUncertain()).isFalse();
        assertThat(draft.completeIfReady(T0.plusSeconds(30))).isTrue();
        assertThat(draft.isCompleted()).isTrue();
        assertThatThrownBy(() -> draft.completeIfReady(T0.plusSeconds(31))).isInstanceOf(DraftCompletedException.class);
        assertThatThrownBy(() -> draft.supply(BUYER, PRICE, T0.plusSeconds(32)))
                .isInstanceOf(DraftCompletedException.class);
    }

    @Test
    void givenTwoTermsMissing_whenOneIsSent_thenNotYetComplete() {
        ContractDraft draft = ContractDraft.open(
                ID, ContractType.AGRICULTURAL_SUPPLY, PARTIES, "t", heard(Field.none(), Field.none()), T0, WINDOW);
        draft.supply(BUYER, PRICE, T0.plusSeconds(1));
        assertThat(draft.missing()).containsExactly("quantity");
        assertThat(draft.completeIfReady(T0.plusSeconds(1))).isFalse();
        assertThat(draft.isCompleted()).isFalse();
    }

    @Test
    void givenAStranger_whenSendingATerm_thenRefusedAndNothingKept() {
        ContractDraft draft = withoutPrice();
        assertThatThrownBy(() -> draft.supply(STRANGER, PRICE, T0.plusSeconds(1)))
                .isInstanceOf(PartyNotEntitledException.class);
        assertThat(draft.missing()).containsExactly("price");
    }

    @Test
    void givenTheWindowOver_whenSendingATerm_thenExpiredAndNothingKept() {
        ContractDraft draft = withoutPrice();
        assertThatThrownBy(() -> draft.supply(BUYER, PRICE, T0.plus(WINDOW)))
                .isInstanceOf(DraftExpiredException.class)
                .hasMessageContaining(ID.value());
        assertThat(draft.missing()).containsExactly("price");
        draft.supply(BUYER, PRICE, T0.plus(WINDOW).minusMillis(1));
        assertThat(draft.missing()).isEmpty();
    }

    @Test
    void givenCompleteTermsOrNoWindow_whenOpened_thenRefused() {
        ExtractedTerms complete = heard(Field.of(BigDecimal.TEN, 0.9), Field.of(new BigDecimal("5"), 0.9));
        assertThatThrownBy(() ->
                        ContractDraft.open(ID, ContractType.AGRICULTURAL_SUPPLY, PARTIES, "t", complete, T0, WINDOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ContractDraft.open(
                        ID,
                        ContractType.AGRICULTURAL_SUPPLY,
                        PARTIES,
                        "t",
                        heard(Field.none(), Field.none()),
                        T0,
                        java.time.Duration.ZERO))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenEachKindOfTermSent_whenSupplied_thenSetTypedAndTheRestKept() {
        ContractDraft draft = ContractDraft.open(
                ID, ContractType.AGRICULTURAL_SUPPLY, PARTIES, "t", heard(Field.none(), Field.none()), T0, WINDOW);
        draft.supply(BUYER, new TermCorrection.NewQuantity(new BigDecimal("80"), null), T0);
        draft.supply(BUYER, new TermCorrection.NewPrice(new BigDecimal("250"), CurrencyCode.UGX), T0);
        draft.supply(SELLER, new TermCorrection.NewProduct("Beans"), T0);
        draft.supply(SELLER, new TermCorrection.NewPlace("Kitale"), T0);
        draft.supply(SELLER, new TermCorrection.NewDate(java.time.LocalDate.parse("2026-04-01")), T0);
        ExtractedTerms t = draft.heard();
        assertThat(t.quantity().value()).isEqualByComparingTo("80");
        assertThat(t.unit().value()).isEqualTo("bags");
        assertThat(t.unitPrice().value()).isEqualByComparingTo("250");
        assertThat(t.currency().value()).isEqualTo("UGX");
        assertThat(t.product().value()).as("the extractor's canonical name").isEqualTo("bean");
        assertThat(t.deliveryLocation().value()).isEqualTo("Kitale");
        assertThat(t.deliveryDeadline().value()).isEqualTo("2026-04-01");
        assertThat(List.of(t.quantity(), t.unitPrice(), t.product(), t.deliveryLocation(), t.deliveryDeadline()))
                .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(1.0));
    }
}
