package com.voicepact.domain.payment;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.DisputeResolution;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisputePolicyTest {

    private static final java.time.Instant LATER = T0.plusSeconds(3600);

    private static Contract delivered() {
        Contract contract = aContract().active();
        contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
        return contract;
    }

    private static Contract disputed() {
        Contract contract = delivered();
        contract.fulfilment().raiseDispute(BUYER, "wet", LATER);
        return contract;
    }

    private static EscrowPayment releasing() {
        EscrowPayment payment = aPayment().locked();
        payment.startRelease(LATER);
        return payment;
    }

    @Test
    void givenMoneyHeldAndNothingDecided_thenADisputeMayBeRaised() {
        assertThat(DisputePolicy.refusalToDispute(
                        delivered(), List.of(aPayment().locked())))
                .isEmpty();
    }

    @Test
    void givenTheBuyerAccepted_thenADisputeIsRefusedInTheirTerms() {
        Contract contract = delivered();
        contract.fulfilment().acceptDelivery(BUYER, LATER);
        assertThatThrownBy(() -> DisputePolicy.requireMayDispute(
                        contract, List.of(aPayment().locked())))
                .isInstanceOf(DisputeRefusedException.class)
                .hasMessage("dispute on " + contract.id()
                        + " not opened: the buyer accepted the delivery, so the payment to the seller"
                        + " has started; a dispute can no longer stop it. Please call support");
    }

    @Test
    void givenAnyMoneyPaidOrOnItsWayToTheSeller_thenADisputeIsRefusedWhateverTheContractSays() {
        assertThat(DisputePolicy.refusalToDispute(delivered(), List.of(releasing())))
                .hasValueSatisfying(r -> assertThat(r).contains("KES 175000.00 paid or on its way"));
        EscrowPayment failedPayout = releasing();
        failedPayout.escrow().payoutFailed(failedPayout.payouts().get(0).id(), "wallet closed");
        assertThat(DisputePolicy.refusalToDispute(delivered(), List.of(failedPayout)))
                .as("a failed payout is money back in escrow")
                .isEmpty();
    }

    @Test
    void givenMoneyOnItsWayToTheSeller_thenRefundAndASmallerSplitAreImpossible_releaseAndALargerSplitAreNot() {
        EscrowPayment onItsWay = aPayment().amount("50000").locked();
        onItsWay.startRelease(LATER);
        List<EscrowPayment> payments =
                List.of(onItsWay, aPayment().number(2).amount("125000").locked());

        Contract refund = disputed();
        refund.fulfilment().resolveDispute(DisputeResolution.REFUND_BUYER, null, LATER);
        assertThatThrownBy(() -> DisputePolicy.requirePossible(refund, payments))
                .isInstanceOf(DisputeRefusedException.class)
                .hasMessageContaining("resolution refund of " + refund.id()
                        + " is not possible: KES 50000.00 is already paid or on its"
                        + " way to the seller, more than the KES 0.00 it would leave them");
        Contract smallSplit = disputed();
        smallSplit
                .fulfilment()
                .resolveDispute(DisputeResolution.SPLIT, new BigDecimal("0.2"), LATER); // 35,000 < 50,000
        assertThatThrownBy(() -> DisputePolicy.requirePossible(smallSplit, payments))
                .hasMessageContaining("resolution split");
        Contract largeSplit = disputed();
        largeSplit.fulfilment().resolveDispute(DisputeResolution.SPLIT, new BigDecimal("0.5"), LATER);
        assertThatCode(() -> DisputePolicy.requirePossible(largeSplit, payments))
                .doesNotThrowAnyException();
        Contract release = disputed();
        release.fulfilment().resolveDispute(DisputeResolution.RELEASE_TO_SELLER, null, LATER);
        assertThatCode(() -> DisputePolicy.requirePossible(release, payments)).doesNotThrowAnyException();
    }
}
