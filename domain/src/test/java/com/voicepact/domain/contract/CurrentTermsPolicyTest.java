package com.voicepact.domain.contract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.CurrencyCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A YES binds a party only to the terms they saw: {@link CurrentTermsPolicy} on the contract aggregate. */
class CurrentTermsPolicyTest {

    private static final Instant CHANGED = T0.plus(Duration.ofMinutes(10));

    private final Contract contract = aContract().pending(); // made at T0

    private String correctedPrice() {
        String before = contract.agreement().fingerprint();
        contract.amendTermsBy(
                SELLER, new TermCorrection.NewPrice(new BigDecimal("3200"), CurrencyCode.KES), CHANGED, WINDOW);
        return before;
    }

    @Test
    void givenNewTerms_whenMade_thenTheContractKnowsWhen() {
        assertThat(contract.agreement().termsSince()).isEqualTo(T0);
        correctedPrice();
        assertThat(contract.agreement().termsSince()).isEqualTo(CHANGED);
        assertThat(Contract.reconstitute(contract.snapshot()).agreement().termsSince())
                .isEqualTo(CHANGED);
    }

    @Test
    void givenAYesSentBeforeTheChange_whenItArrivesAfter_thenRefusedAndNothingRecorded() {
        correctedPrice();

        assertThatThrownBy(() -> contract.confirmBy(
                        BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.sentAt(CHANGED.minusSeconds(1))))
                .isInstanceOf(TermsChangedException.class)
                .hasMessageContaining("sent before the terms changed");
        assertThat(contract.agreement().confirmations()).isEmpty();
    }

    @Test
    void givenTermsNeverChanged_whenAYesIsStampedBeforeTheContractWasMade_thenItCounts() {
        contract.confirmBy(BUYER, Channel.SMS, T0.plusSeconds(5), TermsSeen.reply(T0.minusSeconds(6), null));

        assertThat(contract.agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenASendTimeLaterThanTheArrival_whenJudged_thenTheArrivalTimeIsUsed_neverTheProvidersClock() {
        Instant arrival = CHANGED.plusSeconds(60);
        Instant future = arrival.plus(Duration.ofHours(3)); // a local EAT time without an offset, read as UTC

        assertThat(TermsSeen.sentAt(future).notAfter(arrival).sent()).contains(arrival);
        assertThat(TermsSeen.sentAt(CHANGED).notAfter(arrival).sent()).contains(CHANGED);
        assertThat(TermsSeen.unknown().notAfter(arrival).sent()).isEmpty();
        assertThat(TermsSeen.shown("f").notAfter(arrival).shownFingerprint()).contains("f");
    }

    @Test
    void givenAYesSentAtOrAfterTheChange_whenItArrives_thenItCounts() {
        correctedPrice();

        contract.confirmBy(BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.sentAt(CHANGED));

        assertThat(contract.agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenNothingKnownOfWhatThePartySaw_whenTheYesArrives_thenItIsOnTheTermsInForceThen() {
        correctedPrice();

        contract.confirmBy(BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.unknown());
        contract.confirmBy(SELLER, Channel.SMS, CHANGED.plusSeconds(60), null);

        assertThat(contract.status()).isEqualTo(ContractStatus.CONFIRMED);
    }

    @Test
    void givenAScreenThatShowedTheOldTerms_whenConfirmed_thenRefused_andTheNewFingerprintCounts() {
        String old = correctedPrice();

        assertThatThrownBy(() -> contract.confirmBy(BUYER, Channel.USSD, CHANGED, TermsSeen.shown(old)))
                .isInstanceOf(TermsChangedException.class)
                .hasMessageContaining("changed since they were shown");
        contract.confirmBy(
                BUYER,
                Channel.USSD,
                CHANGED,
                TermsSeen.shown(contract.agreement().fingerprint()));
        assertThat(contract.agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenANoSentBeforeTheChange_whenItArrives_thenItStillDeclines() {
        correctedPrice();

        contract.declineBy(BUYER, Channel.SMS, CHANGED.plusSeconds(60));

        assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
    }

    @Test
    void givenAStrangersStaleYes_whenRefused_thenForBeingAStranger() {
        correctedPrice();

        assertThatThrownBy(() -> contract.confirmBy(
                        com.voicepact.domain.testdata.ContractBuilder.STRANGER,
                        Channel.SMS,
                        CHANGED,
                        TermsSeen.sentAt(T0)))
                .isNotInstanceOf(TermsChangedException.class);
    }

    @Test
    void givenTermsNeverChanged_whenAPlainYesArrives_thenItCounts_forItNamesTheFirstVersion() {
        assertThat(contract.agreement().termsVersion()).isEqualTo(1);

        contract.confirmBy(BUYER, Channel.SMS, T0.plusSeconds(60), TermsSeen.reply(T0.plusSeconds(59), null));

        assertThat(contract.agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenChangedTerms_whenAPlainYesSentAfterTheChangeArrives_thenRefusedAsNamingNoCurrentVersion() {
        correctedPrice(); // version 2

        assertThatThrownBy(() -> contract.confirmBy(
                        BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.reply(CHANGED.plusSeconds(30), null)))
                .isInstanceOfSatisfying(TermsChangedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(TermsChangedException.Reason.OTHER_VERSION_NAMED);
                    assertThat(e.currentVersion()).isEqualTo(2);
                });
        assertThat(contract.agreement().confirmations()).isEmpty();
    }

    @Test
    void givenTwoChanges_whenAYesNamesTheOldVersion_thenRefused_andTheCurrentOneCounts() {
        correctedPrice();
        contract.amendTermsBy(
                SELLER,
                new TermCorrection.NewPrice(new BigDecimal("3300"), CurrencyCode.KES),
                CHANGED.plusSeconds(10),
                WINDOW);
        assertThat(contract.agreement().termsVersion()).isEqualTo(3);

        assertThatThrownBy(() -> contract.confirmBy(
                        BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.reply(CHANGED.plusSeconds(30), 2)))
                .isInstanceOfSatisfying(
                        TermsChangedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TermsChangedException.Reason.OTHER_VERSION_NAMED));
        contract.confirmBy(BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.reply(CHANGED.plusSeconds(30), 3));

        assertThat(contract.agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenTheCurrentVersionNamed_whenTheYesWasSentBeforeTheChange_thenStillRefused() {
        correctedPrice();

        assertThatThrownBy(() -> contract.confirmBy(
                        BUYER, Channel.SMS, CHANGED.plusSeconds(60), TermsSeen.reply(CHANGED.minusSeconds(1), 2)))
                .isInstanceOfSatisfying(
                        TermsChangedException.class,
                        e -> assertThat(e.reason()).isEqualTo(TermsChangedException.Reason.SENT_BEFORE_CHANGE));
    }

    @Test
    void givenChangedTerms_whenTheContractIsRebuilt_thenItKeepsItsVersion() {
        correctedPrice();

        assertThat(Contract.reconstitute(contract.snapshot()).agreement().termsVersion())
                .isEqualTo(2);
    }
}
