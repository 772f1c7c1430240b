package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import org.junit.jupiter.api.Test;

/**
 * A payout notification is recorded and applied to the payment's money whatever the contract's state,
 * and flagged when it surprises us. The surprising state (the seller paid on a contract cancelled in
 * the meantime) cannot be reached through the rules any more; it is built by hand, as an older
 * version or a manual change could have left it.
 */
class PayoutNotificationAnyStateTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @Test
    void
            givenTheContractWasCancelledWhileItsReleaseWasAtTheProvider_whenThePayoutIsConfirmed_thenRecordedAppliedAndFlagged() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        app.disputes.raiseDispute(new DisputeCommand(payment.contractId(), BUYER, "wet", Actor.party(BUYER)));
        EscrowPayment stored = app.payments.findById(payment.id()).orElseThrow();
        stored.startRelease(app.clock.now());
        app.payments.save(stored);
        app.outbox.enqueue(com.voicepact.application.operations.port.out.OutboxMessage.payout(
                stored.payouts().get(0).id(), stored.id().value(), app.clock.now()));
        Contract cancelled = app.contracts.findById(payment.contractId()).orElseThrow();
        cancelled
                .fulfilment()
                .resolveDispute(DisputeResolution.REFUND_BUYER, null, app.clock.now()); // by hand, past the policy
        app.contracts.save(cancelled);
        app.dispatcher.dispatchDue();
        Payout payout =
                app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
        app.gateway.complete(payout.providerId(), "Success");

        SettlementResult result =
                app.notifications.settle(EscrowScenario.payoutSuccess(payout.providerId(), payout.amount(), null));

        assertThat(result.outcome()).isEqualTo(Outcome.APPLIED_BUT_FLAGGED);
        assertThat(result.detail())
                .contains("the seller has now been paid KES 175000.00, more than the KES 0.00")
                .contains("cancelled");
        assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                .as("applied to the money")
                .isEqualTo(PaymentStatus.RELEASED);
        assertThat(app.providerEvents.flagged())
                .extracting(ProviderEvent::providerTransactionId)
                .containsExactly(payout.providerId());
        assertThat(app.auditLog.allInOrder()).anyMatch(e -> e.record().action().equals("PAYMENT_EVENT_FLAGGED"));
        assertThat(app.contracts.findById(payment.contractId()).orElseThrow().status())
                .isEqualTo(ContractStatus.CANCELLED);
        assertThat(app.notifications
                        .settle(EscrowScenario.payoutSuccess(payout.providerId(), payout.amount(), null))
                        .outcome())
                .as("its resend is a duplicate")
                .isEqualTo(Outcome.DUPLICATE);
    }
}
