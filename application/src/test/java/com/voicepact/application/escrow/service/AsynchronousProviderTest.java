package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider whose lookups answer later by callback (Daraja's Transaction Status and STK query results):
 * while the answer is on its way nothing is decided (no payout sent again, no checkout expired, no payout
 * settled), and the callback that brings it settles the movement through the same use case, once.
 */
class AsynchronousProviderTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @BeforeEach
    void lookupsAnswerLater() {
        app.gateway.answerLookupsLater();
    }

    private EscrowPayment accepted(EscrowPayment payment) {
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        return payment;
    }

    private Payout payoutOf(EscrowPayment payment) {
        return app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
    }

    @Test
    void givenAPayoutLeftSending_whenTheProviderWillAnswerLater_thenNeverSentAgainAndItsCallbackSettlesIt() {
        EscrowPayment payment = accepted(scenario.activeContractWithLockedPayment());
        app.gateway.crashAfterNextPayout();
        assertThatThrownBy(app.dispatcher::dispatchDue).isInstanceOf(Error.class);

        for (int round = 0; round < 3; round++) {
            app.clock.advance(Duration.ofMinutes(2));
            app.dispatcher.dispatchDue();
        }
        Payout payout = payoutOf(payment);
        assertThat(app.gateway.payouts()).as("asked, never sent again").hasSize(1);
        assertThat(app.gateway.askedLater()).contains(payout.id());
        assertThat(payout.state()).isEqualTo(PayoutState.SENDING);

        String providerId = app.gateway
                .allTransactions()
                .get(app.gateway.allTransactions().size() - 1)
                .providerTransactionId();
        app.gateway.complete(providerId, "Success");
        assertThat(app.notifications
                        .settle(Callbacks.success(
                                providerId,
                                MoneyMovement.PAYOUT,
                                payout.amount().currency(),
                                payout.amount().amount(),
                                null,
                                payout.id()))
                        .outcome())
                .isEqualTo(Outcome.APPLIED);
        app.clock.advance(Duration.ofMinutes(2));
        app.dispatcher.dispatchDue();

        assertThat(payoutOf(payment).state()).isEqualTo(PayoutState.CONFIRMED);
        assertThat(app.gateway.payouts()).hasSize(1);
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
    }

    @Test
    void givenAStaleCheckout_whenTheProviderWillAnswerLater_thenNotExpiredAndTheCallbackLocksIt() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment payment = scenario.checkout(contract, "1000").payment();
        app.clock.advance(Duration.ofMinutes(6));

        assertThat(app.staleCheckouts.settleStaleCheckouts()).isZero();
        assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                .as("the answer is on its way")
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(app.gateway.askedLater())
                .contains(payment.lifecycle().providerTransactionId().orElseThrow());

        assertThat(scenario.providerConfirms(payment).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
    }

    @Test
    void givenAStalePayout_whenTheProviderWillAnswerLater_thenLeftForTheCallback() {
        EscrowPayment payment = accepted(scenario.activeContractWithLockedPayment());
        app.dispatcher.dispatchDue();
        Payout payout = payoutOf(payment);
        app.gateway.complete(payout.providerId(), "Success");
        app.clock.advance(Duration.ofMinutes(31));

        assertThat(app.stalePayouts.settleStalePayouts()).isZero();
        assertThat(payoutOf(payment).state()).isEqualTo(PayoutState.SENT);

        app.notifications.settle(EscrowScenario.payoutSuccess(payout.providerId(), payout.amount(), null));
        assertThat(payoutOf(payment).state()).isEqualTo(PayoutState.CONFIRMED);
        assertThat(app.stalePayouts.settleStalePayouts()).isZero();
    }
}
