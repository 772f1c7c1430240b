package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A payout the provider accepted but whose notification never came is settled by asking the provider, once. */
class SettleStalePayoutsServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    /** Delivery accepted, payout handed over and accepted; the provider's notification is then lost. */
    private Payout sentPayout(EscrowPayment payment) {
        return scenario.sentRelease(payment);
    }

    @Test
    void givenAPaidPayoutWhoseNotificationWasLost_whenTheWindowPassed_thenSettledOnceAndTheContractCompletes() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        Payout payout = sentPayout(payment);
        app.gateway.complete(payout.providerId(), "Success"); // paid; its notification never arrives

        assertThat(app.stalePayouts.settleStalePayouts())
                .as("within the window nothing is asked")
                .isZero();
        app.clock.advance(Duration.ofMinutes(31));
        assertThat(app.stalePayouts.settleStalePayouts()).isEqualTo(1);
        assertThat(app.stalePayouts.settleStalePayouts()).as("settled once").isZero();

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(app.notifications
                        .settle(EscrowScenario.payoutSuccess(payout.providerId(), payout.amount(), null))
                        .outcome())
                .as("the notification arriving after all changes nothing")
                .isEqualTo(Outcome.DUPLICATE);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("PAID:"))
                .hasSize(1);
    }

    @Test
    void givenAFailedPayoutWhoseNotificationWasLost_whenSettled_thenTheMoneyIsHeldAgain() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        Payout payout = sentPayout(payment);
        app.gateway.complete(payout.providerId(), "Failed");
        app.clock.advance(Duration.ofMinutes(31));

        assertThat(app.stalePayouts.settleStalePayouts()).isEqualTo(1);
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
    }

    @Test
    void givenARefundWhoseNotificationWasLost_whenTheWindowPassed_thenSettledOnceAndTheBuyerIsRefunded() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        app.disputes.raiseDispute(new DisputeCommand(payment.contractId(), BUYER, "never came", Actor.party(BUYER)));
        app.disputes.resolveDispute(new ResolveDisputeCommand(
                payment.contractId(), DisputeResolution.REFUND_BUYER, null, Actor.operator("ops")));
        app.dispatcher.dispatchDue();
        Payout refund =
                app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
        assertThat(refund.recipient()).isEqualTo(BUYER);
        app.gateway.complete(refund.providerId(), "Success");
        app.clock.advance(Duration.ofMinutes(31));

        assertThat(app.stalePayouts.settleStalePayouts()).isEqualTo(1);
        assertThat(app.stalePayouts.settleStalePayouts()).as("settled once").isZero();
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(app.gateway.payouts()).as("handed to the provider once").hasSize(1);
    }

    @Test
    void givenTheProviderStillPendingOrDown_whenRun_thenNothingChanges() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        sentPayout(payment);
        app.clock.advance(Duration.ofMinutes(31));
        assertThat(app.stalePayouts.settleStalePayouts())
                .as("still pending at the provider")
                .isZero();
        app.gateway.setUnavailable(true);
        assertThat(app.stalePayouts.settleStalePayouts()).isZero();
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASING);
    }
}
