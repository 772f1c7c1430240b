package com.voicepact.domain.contract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static com.voicepact.domain.testdata.ContractBuilder.maizeTerms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.TermCorrection.NewDate;
import com.voicepact.domain.contract.TermCorrection.NewPlace;
import com.voicepact.domain.contract.TermCorrection.NewPrice;
import com.voicepact.domain.contract.TermCorrection.NewProduct;
import com.voicepact.domain.contract.TermCorrection.NewQuantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each correction checks its own value, and applied to terms gives new terms (the total recomputed where it depends on it). */
class TermCorrectionTest {

    private static final ContractTerms MAIZE = maizeTerms(); // 50 bags x KES 3,500 = KES 175,000, Nakuru market
    private static final Instant LATER = T0.plusSeconds(3600);

    private static NewPrice price(String amount) {
        return new NewPrice(new BigDecimal(amount), null);
    }

    @Test
    void givenANewPrice_whenApplied_thenTheTotalIsRecomputedFromTheQuantity() {
        ContractTerms after = price("3200").applyTo(MAIZE);
        assertThat(after.unitPrice()).isEqualTo(Money.of("3200", CurrencyCode.KES));
        assertThat(after.total()).isEqualTo(Money.of("160000", CurrencyCode.KES));
        assertThat(after.quantity()).isEqualTo(MAIZE.quantity());
        assertThat(after.deliveryLocation()).isEqualTo("Nakuru market");
        assertThat(after.qualityRequirements()).isEqualTo("Grade A");
        assertThat(new NewPrice(new BigDecimal("3200.25"), CurrencyCode.KES)
                        .applyTo(MAIZE)
                        .total())
                .isEqualTo(Money.of("160012.50", CurrencyCode.KES));
    }

    @Test
    void givenANewQuantity_whenApplied_thenTheTotalIsRecomputedFromTheUnitPrice_andTheUnitKept() {
        ContractTerms after = new NewQuantity(new BigDecimal("80"), null).applyTo(MAIZE);
        assertThat(after.quantity()).isEqualTo(Quantity.of(new BigDecimal("80"), "bags"));
        assertThat(after.total()).isEqualTo(Money.of("280000", CurrencyCode.KES));
        assertThat(new NewQuantity(new BigDecimal("80"), "BAGS")
                        .applyTo(MAIZE)
                        .quantity()
                        .unit())
                .isEqualTo("bags");
        assertThat(new NewQuantity(new BigDecimal("80"), "gunia").applyTo(MAIZE).quantity())
                .as("a unit word the lexicon knows is the contract's unit")
                .isEqualTo(Quantity.of(new BigDecimal("80"), "bags"));
        assertThatThrownBy(() -> new NewQuantity(new BigDecimal("4"), "tonnes").applyTo(MAIZE))
                .as("what the price is per never changes silently")
                .isInstanceOfSatisfying(
                        CorrectionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CorrectionRefusedException.Reason.UNIT));
    }

    @Test
    void givenTermsWithATotalOnly_whenTheQuantityChanges_thenTheAgreedTotalStands_andAPriceIsRefused() {
        ContractTerms lump =
                ContractTerms.of("Maize", null, null, Money.of("100000", CurrencyCode.KES), null, null, null, null);
        ContractTerms after = new NewQuantity(new BigDecimal("30"), "bags").applyTo(lump);
        assertThat(after.total()).isEqualTo(Money.of("100000", CurrencyCode.KES));
        assertThat(after.unitPrice()).isNull();
        assertThatThrownBy(() -> price("3000").applyTo(lump))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("no quantity");
    }

    @Test
    void givenPlaceDateAndProduct_whenApplied_thenOnlyThatFieldChanges() {
        assertThat(new NewPlace("  Kitale \t town ").applyTo(MAIZE).deliveryLocation())
                .isEqualTo("Kitale town");
        assertThat(new NewDate(LocalDate.parse("2026-12-20")).applyTo(MAIZE).deliveryDeadline())
                .isEqualTo(LocalDate.parse("2026-12-20"));
        ContractTerms beans = new NewProduct("Beans").applyTo(MAIZE);
        assertThat(beans.product()).as("the extractor's canonical name").isEqualTo("bean");
        assertThat(new NewProduct("mahindi").name()).isEqualTo("maize");
        assertThat(new NewProduct("Nyanya za Kirinyaga").name()).isEqualTo("Nyanya za Kirinyaga");
        assertThatThrownBy(() -> new NewProduct("None")).isInstanceOf(CorrectionRefusedException.class);
        assertThatThrownBy(() -> new NewPrice(new BigDecimal("-500"), null))
                .isInstanceOfSatisfying(
                        CorrectionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CorrectionRefusedException.Reason.NEGATIVE));
        assertThatThrownBy(() -> new NewQuantity(new BigDecimal("-5"), null))
                .isInstanceOf(CorrectionRefusedException.class);
        assertThat(beans.total()).isEqualTo(MAIZE.total());
    }

    @Test
    void givenTheValueTheTermsAlreadyHave_whenApplied_thenUnchanged() {
        assertThatThrownBy(() -> price("3500.00").applyTo(MAIZE))
                .isInstanceOf(UnchangedTermsException.class)
                .hasMessage("the price is already KES 3500.00");
        assertThatThrownBy(() -> new NewQuantity(new BigDecimal("50.0"), "Bags").applyTo(MAIZE))
                .isInstanceOf(UnchangedTermsException.class);
        assertThatThrownBy(() -> new NewPlace("nakuru MARKET").applyTo(MAIZE))
                .isInstanceOf(UnchangedTermsException.class);
        assertThatThrownBy(() -> new NewDate(LocalDate.parse("2026-03-20")).applyTo(MAIZE))
                .isInstanceOf(UnchangedTermsException.class);
        assertThatThrownBy(() -> new NewProduct("maize").applyTo(MAIZE))
                .isInstanceOf(UnchangedTermsException.class)
                .satisfies(
                        e -> assertThat(((UnchangedTermsException) e).field()).isEqualTo(TermCorrection.Field.PRODUCT));
    }

    @Test
    void givenValuesThatCanNeverBeRight_whenMade_thenRefused() {
        assertThatThrownBy(() -> price("0")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> price("-5")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewPrice(null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewQuantity(BigDecimal.ZERO, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewQuantity(new BigDecimal("1.2345"), null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewDate(null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewPlace("  ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new NewPlace("12345")).hasMessageContaining("no letter");
        assertThatThrownBy(() -> new NewPlace("x".repeat(201))).isInstanceOf(InvalidValueException.class);
        assertThat(new NewPlace("Kitale\u202E\nmarket").place()).isEqualTo("Kitale market"); // a typed value is cleaned
        assertThatThrownBy(() -> new NewProduct(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenAPriceThatDoesNotFitTheContractsCurrency_whenApplied_thenRefusedInWords() {
        assertThatThrownBy(() -> price("250.505").applyTo(MAIZE)).hasMessageContaining("more decimals than KES");
        assertThatThrownBy(() -> new NewPrice(new BigDecimal("250"), CurrencyCode.UGX).applyTo(MAIZE))
                .hasMessage("the contract is in KES, not UGX");
        assertThatThrownBy(() -> price("999999999999999999").applyTo(MAIZE)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenAPendingContract_whenAPartyAmendsATerm_thenANewVersionEveryoneConfirmsAgain() {
        Contract contract = aContract().pending();
        contract.confirmBy(BUYER, Channel.SMS, T0.plusSeconds(60));
        String before = contract.agreement().fingerprint();
        contract.amendTermsBy(SELLER, price("3200"), LATER, WINDOW);
        assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
        assertThat(contract.agreement().terms().total()).isEqualTo(Money.of("160000", CurrencyCode.KES));
        assertThat(contract.agreement().fingerprint()).isNotEqualTo(before);
        assertThat(contract.agreement().hasConfirmed(BUYER)).isFalse();
        assertThat(contract.timeline().expiresAt()).isEqualTo(LATER.plus(WINDOW));
    }

    @Test
    void givenAStrangerAConfirmedContractOrAClosedWindow_whenAmending_thenRefusedAndNothingChanges() {
        Contract pending = aContract().pending();
        assertThatThrownBy(() -> pending.amendTermsBy(STRANGER, price("3200"), LATER, WINDOW))
                .isInstanceOf(PartyNotEntitledException.class);
        assertThatThrownBy(() -> pending.amendTermsBy(BUYER, price("3200"), T0.plus(WINDOW), WINDOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("window closed");
        Contract confirmed = aContract().confirmed();
        String fingerprint = confirmed.agreement().fingerprint();
        assertThatThrownBy(() -> confirmed.amendTermsBy(BUYER, price("3200"), LATER, WINDOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("only while the contract waits for confirmation");
        assertThat(confirmed.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(confirmed.agreement().fingerprint()).isEqualTo(fingerprint);
        assertThat(pending.agreement().terms()).isEqualTo(MAIZE);
    }
}
