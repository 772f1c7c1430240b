package com.voicepact.domain.payment;

import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.testdata.ContractBuilder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscrowPaymentTest {

    private static final Instant AT = ContractBuilder.T0.plusSeconds(600);

    @Test
    void givenContractAndNumber_whenTransactionIdMade_thenTxnFormatAndContractRecoverable() {
        TransactionId id = TransactionId.of(ContractId.of(2026, 42), 7);
        assertThat(id.value()).isEqualTo("TXN-AG-2026-000042-007");
        assertThat(id.contractId()).isEqualTo(ContractId.of(2026, 42));
        assertThatThrownBy(() -> TransactionId.parse("TXN-1")).hasMessageContaining("TXN-AG-YYYY-NNNNNN-NNN");
    }

    @Test
    void givenPendingCheckout_whenProviderConfirmsFullAmount_thenLocked() {
        EscrowPayment payment = aPayment().pending();
        payment.checkoutAccepted("ATPid_1");
        payment.lock(payment.amount(), null, AT);
        assertThat(payment.status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(payment.lifecycle().confirmedAt()).contains(AT);
        assertThat(payment.lifecycle().providerTransactionId()).contains("ATPid_1");
    }

    @Test
    void givenPendingCheckout_whenProviderReportsAnotherAmount_thenMismatchAndStillPending() {
        EscrowPayment payment = aPayment().pending();
        assertThatThrownBy(() -> payment.lock(Money.of("100", CurrencyCode.KES), null, AT))
                .isInstanceOf(ProviderMismatchException.class);
        assertThatThrownBy(() -> payment.lock(Money.of("175000", CurrencyCode.UGX), null, AT))
                .isInstanceOf(ProviderMismatchException.class);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void givenLockedPayment_whenFailureArrives_thenRefusedAndMoneyStaysLocked() {
        EscrowPayment payment = aPayment().locked();
        assertThatThrownBy(() -> payment.fail("Insufficient funds", AT)).isInstanceOf(PaymentTransitionException.class);
        assertThat(payment.status()).isEqualTo(PaymentStatus.LOCKED);
    }

    @Test
    void givenLockedPayment_whenLockedAgain_thenRefused() {
        EscrowPayment payment = aPayment().locked();
        assertThatThrownBy(() -> payment.lock(payment.amount(), null, AT))
                .isInstanceOf(PaymentTransitionException.class);
    }

    @Test
    void givenPending_whenFailedOrExpired_thenClosedWithReason_andLateSuccessStillLocks() {
        EscrowPayment failed = aPayment().pending();
        failed.fail("Insufficient funds", AT);
        assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.lifecycle().failureReason()).contains("Insufficient funds");
        EscrowPayment expired = aPayment().pending();
        expired.expire(AT);
        assertThat(expired.status()).isEqualTo(PaymentStatus.EXPIRED);
        expired.lock(expired.amount(), null, AT.plusSeconds(5));
        assertThat(expired.status()).isEqualTo(PaymentStatus.LOCKED);
    }

    @Test
    void givenLocked_whenReleasedAndPayoutConfirmed_thenReleased() {
        EscrowPayment payment = aPayment().locked();
        Payout payout = payment.startRelease(AT);
        assertThat(payment.status()).isEqualTo(PaymentStatus.RELEASING);
        assertThat(payout.recipient()).isEqualTo(ContractBuilder.SELLER);
        assertThat(payout.id()).isEqualTo(payment.id().value() + "-P1");
        payment.escrow().payoutSending(payout.id());
        assertThatThrownBy(() -> payment.escrow().payoutSending(payout.id()))
                .as("never handed over twice")
                .isInstanceOf(PaymentTransitionException.class);
        payment.escrow().payoutAccepted(payout.id(), "ATPid_B2C");
        payment.escrow().payoutConfirmed(payout.id(), null, AT.plusSeconds(60));
        assertThat(payment.status()).isEqualTo(PaymentStatus.RELEASED);
        assertThatThrownBy(() -> payment.escrow().payoutConfirmed(payout.id(), null, AT))
                .isInstanceOf(PaymentTransitionException.class);
    }

    @Test
    void givenReleasing_whenPayoutFails_thenLockedAgainWithReason() {
        EscrowPayment payment = aPayment().locked();
        Payout payout = payment.startRelease(AT);
        payment.escrow().payoutSending(payout.id());
        payment.escrow().payoutFailed(payout.id(), "InvalidPhoneNumber");
        assertThat(payment.status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(payment.lifecycle().failureReason())
                .hasValueSatisfying(r -> assertThat(r).contains("InvalidPhoneNumber"));
        assertThat(payment.startRelease(AT).id()).endsWith("-P2");
    }

    @Test
    void givenReleasing_whenRefundRequested_thenRefused() {
        EscrowPayment payment = aPayment().locked();
        payment.startRelease(AT);
        assertThatThrownBy(() -> payment.startRefund("cancelled", AT)).isInstanceOf(PaymentTransitionException.class);
    }

    @Test
    void givenLocked_whenRefunded_thenBuyerIsPaidBack() {
        EscrowPayment payment = aPayment().locked();
        Payout payout = payment.startRefund("cancelled by agreement", AT);
        assertThat(payout.recipient()).isEqualTo(ContractBuilder.BUYER);
        payment.escrow().payoutSending(payout.id());
        payment.escrow().payoutConfirmed(payout.id(), null, AT);
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void givenLocked_whenSplit_thenSellerShareRoundedDownAndRestToBuyer() {
        EscrowPayment payment = aPayment().amount("100.01").locked();
        List<Payout> legs = payment.startSplit(new BigDecimal("0.5"), AT);
        assertThat(legs)
                .extracting(Payout::amount)
                .containsExactly(Money.of("50.00", CurrencyCode.KES), Money.of("50.01", CurrencyCode.KES));
        legs.forEach(l -> payment.escrow().payoutConfirmed(l.id(), null, AT));
        assertThat(payment.status()).isEqualTo(PaymentStatus.RELEASED);
    }

    @Test
    void givenPendingPayout_whenQueryShowsItNeverArrived_thenItCanBeHandedOverAgain() {
        EscrowPayment payment = aPayment().locked();
        Payout payout = payment.startRelease(AT);
        payment.escrow().payoutSending(payout.id());
        payment.escrow().payoutNeverArrived(payout.id());
        payment.escrow().payoutSending(payout.id());
        assertThat(payment.escrow().payout(payout.id()).orElseThrow().attempts())
                .isEqualTo(2);
    }

    @Test
    void givenSameInputs_whenReferenceComputed_thenTwelveUppercaseHexAndStable() {
        PaymentReference references =
                new PaymentReference("reference-key-reference-key-32by".getBytes(StandardCharsets.UTF_8));
        EscrowPayment payment = aPayment().pending();
        String reference = references.of(
                payment.contractId(), payment.amount(), payment.checkout().payer(), payment.id());
        assertThat(reference)
                .matches("[0-9A-F]{12}")
                .isEqualTo(references.of(
                        payment.contractId(),
                        payment.amount(),
                        payment.checkout().payer(),
                        payment.id()))
                .isNotEqualTo(references.of(
                        payment.contractId(),
                        Money.of("1", CurrencyCode.KES),
                        payment.checkout().payer(),
                        payment.id()));
    }
}
