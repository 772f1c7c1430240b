package com.voicepact.domain.payment;

import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A payment's money out in several payouts when one payout may not carry it all; and the collection's receipt it keeps. */
class EscrowPaymentSplitTest {

    private static final Instant AT = ContractBuilder.T0.plusSeconds(600);
    private static final PayoutLimits MPESA = new PayoutLimits(kes("10"), kes("250000"));

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @Test
    void givenKes400000Locked_whenReleasedWithinMpesaLimits_thenTwoPayoutsWithTheirOwnIds() {
        EscrowPayment payment = aPayment().amount("400000").locked();

        List<Payout> legs = payment.startSettlement(kes("400000"), null, MPESA, AT);

        assertThat(legs).extracting(Payout::amount).containsExactly(kes("250000"), kes("150000"));
        assertThat(legs).extracting(Payout::id).doesNotHaveDuplicates();
        assertThat(legs).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PayoutKind.RELEASE));
        assertThat(payment.escrow().held()).isEqualTo(kes("0"));
        assertThat(payment.status()).isEqualTo(PaymentStatus.RELEASING);
    }

    @Test
    void givenASplitRelease_whenOnePartIsPaidAndTheOtherFails_thenOnlyTheFailedPartIsHeldAgain_andPaidOutAnewAlone() {
        EscrowPayment payment = aPayment().amount("400000").locked();
        List<Payout> legs = payment.startSettlement(kes("400000"), null, MPESA, AT);

        payment.escrow().payoutConfirmed(legs.get(0).id(), "B2C-1", AT);
        assertThat(payment.status()).isEqualTo(PaymentStatus.RELEASING); // the other part is still open
        payment.escrow().payoutFailed(legs.get(1).id(), "utility account too low");

        assertThat(payment.status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(payment.escrow().held()).isEqualTo(kes("150000"));
        assertThat(payment.escrow().paidOut(PayoutKind.RELEASE)).isEqualTo(kes("250000"));
        List<Payout> again = payment.startSettlement(payment.escrow().held(), null, MPESA, AT);
        assertThat(again).extracting(Payout::amount).containsExactly(kes("150000"));
        assertThat(again.get(0).id()).isNotIn(legs.get(0).id(), legs.get(1).id());
        payment.escrow().payoutConfirmed(again.get(0).id(), "B2C-3", AT);
        assertThat(payment.status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(payment.escrow().paidOut(PayoutKind.RELEASE)).isEqualTo(kes("400000"));
    }

    @Test
    void givenASplitBetweenSellerAndPayer_thenEachLegIsSplitOnItsOwn() {
        EscrowPayment payment = aPayment().amount("600000").locked();

        List<Payout> legs = payment.startSettlement(kes("350000"), "surplus", MPESA, AT);

        assertThat(legs)
                .extracting(Payout::kind, Payout::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.RELEASE, kes("250000")),
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.RELEASE, kes("100000")),
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.REFUND, kes("250000")));
    }

    @Test
    void givenALockWithTheProvidersReceipt_thenThePaymentKeepsIt_andItSurvivesASnapshot() {
        EscrowPayment payment = aPayment().pending();
        payment.checkoutAccepted("ws_CO_1");

        payment.lock(payment.amount(), "SKL3ABC123", AT);

        assertThat(payment.lifecycle().collectionReceipt()).contains("SKL3ABC123");
        assertThat(EscrowPayment.reconstitute(payment.snapshot()).lifecycle().collectionReceipt())
                .contains("SKL3ABC123");
        assertThat(aPayment().locked().lifecycle().collectionReceipt()).isEmpty();
    }
}
