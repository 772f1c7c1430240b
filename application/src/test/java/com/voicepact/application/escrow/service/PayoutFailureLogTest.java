package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.CapturedLog;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A payout the provider declines in its result (M-Pesa: the utility account is empty, result 1) puts the money back in
 * escrow; an operator must see it in the service's log, not only in the audit: one WARNING naming the payment, the payout
 * and the reason (java.util.logging, as HandleUssdRequestService does: the application takes no logging dependency).
 */
class PayoutFailureLogTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @RegisterExtension
    final CapturedLog logged = CapturedLog.of(SettleMovementService.class);

    @Test
    void givenAPayoutTheProviderDeclines_thenTheMoneyIsLockedAgain_andOneWarningNamesPaymentPayoutAndReason() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        app.dispatcher.dispatchDue();
        Payout payout =
                app.payments.findById(payment.id()).orElseThrow().payouts().get(0);

        app.notifications.settle(
                Callbacks.payoutFailed(payout.providerId(), "The balance is insufficient for the transaction."));

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(logged.records())
                .filteredOn(r -> r.getLevel() == Level.WARNING)
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage())
                        .contains(
                                payment.id().value(), payout.id(), "The balance is insufficient for the transaction."));
    }
}
