package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.in.CallbackReceipt;
import com.voicepact.application.escrow.port.in.CallbackReceipt.Verdict;
import com.voicepact.application.escrow.port.in.CallbackRouteNotFoundException;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort.Reading;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A callback alone never moves money ({@link CallbackConfirmationPolicy}), on the fakes: every report a callback brings is
 * confirmed with the provider before it is settled; a contradicted one is flagged and changes nothing.
 */
class ReceivePaymentCallbackServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);
    private int bodies;

    private CallbackReceipt post(Reading reading) {
        String body = "{\"n\":" + (++bodies) + "}";
        app.scriptedCallbacks.willRead(body, reading);
        return app.callbacks.receive(new ReceivePaymentCallbackCommand("stk", "application/json", body));
    }

    private CallbackReceipt post(SettleMovementCommand report) {
        return post(new Reading.Settle(List.of(report)));
    }

    private EscrowPayment pending() {
        return scenario.checkout(scenario.confirmedContract(), "175000").payment();
    }

    private EscrowPayment reload(EscrowPayment payment) {
        return app.payments.findById(payment.id()).orElseThrow();
    }

    private Verdict only(CallbackReceipt receipt) {
        assertThat(receipt.movements()).hasSize(1);
        return receipt.movements().get(0).verdict();
    }

    @Test
    void givenASuccessThePayerNeverApproved_whenTheProviderStillWaits_thenNothingMovesAndNothingIsRecorded() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();

        assertThat(only(post(Callbacks.collected(provider, payment.amount()))))
                .isEqualTo(Verdict.AWAITING_CONFIRMATION);

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(app.providerEvents.flagged()).isEmpty();
        app.gateway.complete(
                provider, "Success"); // then the payer does approve: the real callback applies, not a duplicate
        assertThat(only(post(Callbacks.collected(provider, payment.amount())))).isEqualTo(Verdict.APPLIED);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.LOCKED);
    }

    @Test
    void givenASuccessThePayerCancelled_whenPosted_thenFlaggedAndTheRealEventLaterStillApplies() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(provider, "Failed");

        assertThat(only(post(Callbacks.collected(provider, payment.amount())))).isEqualTo(Verdict.MISMATCH);
        assertThat(only(post(Callbacks.collected(provider, payment.amount()))))
                .as("the same forgery again")
                .isEqualTo(Verdict.DUPLICATE);

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(app.ledger.forContract(payment.contractId())).isEmpty();
        assertThat(app.providerEvents.flagged()).singleElement().satisfies(e -> {
            assertThat(e.providerTransactionId()).isEqualTo(provider);
            assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.MISMATCH);
            assertThat(e.detail()).contains("the provider does not confirm it", "failed");
        });
        assertThat(only(post(Callbacks.collectionFailed(provider, "Request cancelled by user"))))
                .isEqualTo(Verdict.APPLIED);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void givenAConfirmedSuccess_whenPostedTwice_thenLockedOnce() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(provider, "Success");

        assertThat(only(post(Callbacks.collected(provider, payment.amount())))).isEqualTo(Verdict.APPLIED);
        assertThat(only(post(Callbacks.collected(provider, payment.amount())))).isEqualTo(Verdict.DUPLICATE);

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("LOCK:"))
                .hasSize(1);
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.ACTIVE);
    }

    @Test
    void givenAnAppliedSuccess_whenPostedAgainWhileTheProviderCannotBeAsked_thenADuplicateWithoutAskingIt() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(provider, "Success");
        assertThat(only(post(Callbacks.collected(provider, payment.amount())))).isEqualTo(Verdict.APPLIED);

        app.gateway.setUnavailable(true); // a copy needs no confirmation: its event is recorded, nothing can move
        CallbackReceipt copy = post(Callbacks.collected(provider, payment.amount()));
        app.gateway.setUnavailable(false);

        assertThat(only(copy)).isEqualTo(Verdict.DUPLICATE);
        assertThat(copy.movements().get(0).detail()).startsWith("already received ");
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("LOCK:"))
                .hasSize(1);
    }

    @Test
    void givenAnAppliedFailure_whenASuccessIsPosted_thenItIsNoCopyAndTheProviderIsAsked() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(provider, "Failed");
        assertThat(only(post(Callbacks.collectionFailed(provider, "Request cancelled by user"))))
                .isEqualTo(Verdict.APPLIED);

        app.gateway.setUnavailable(true); // another verdict is another key: the provider must be asked
        assertThatThrownBy(() -> post(Callbacks.collected(provider, payment.amount())))
                .isInstanceOf(PaymentProviderUnavailableException.class);
        app.gateway.setUnavailable(false);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.FAILED);
    }

    @Test
    void givenASuccessForAnotherAmountThanTheProviderMoved_whenPosted_thenFlaggedAndNothingLocked() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(provider, "Success");

        assertThat(only(post(Callbacks.collected(
                        provider,
                        com.voicepact.domain.common.Money.of(
                                "9", payment.amount().currency())))))
                .isEqualTo(Verdict.MISMATCH);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void givenASuccessForAMovementTheProviderNeverHad_whenPosted_thenFlagged() {
        assertThat(only(post(Callbacks.collected(
                        "ATPid_ghost",
                        com.voicepact.domain.common.Money.of("10", com.voicepact.domain.common.CurrencyCode.KES)))))
                .isEqualTo(Verdict.MISMATCH);
        assertThat(app.providerEvents.flagged())
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("no such movement"));
    }

    @Test
    void givenAForgedPayoutSuccess_whenTheProviderSaysPending_thenThePayoutStaysSent() {
        Payout payout = sentPayout();

        assertThat(only(post(Callbacks.paidOut(payout.providerId(), payout.amount(), null))))
                .isEqualTo(Verdict.AWAITING_CONFIRMATION);
        app.gateway.complete(payout.providerId(), "Failed");
        assertThat(only(post(Callbacks.paidOut(payout.providerId(), payout.amount(), null))))
                .isEqualTo(Verdict.MISMATCH);

        assertThat(payoutNow(payout).state()).isEqualTo(PayoutState.SENT);
        assertThat(app.ledger.forContract(payoutContract))
                .filteredOn(p -> p.id().startsWith("PAID:"))
                .isEmpty();
    }

    @Test
    void givenAForgedPayoutFailure_whenTheProviderPaid_thenThePayoutIsNotPutBackIntoEscrow() {
        Payout payout = sentPayout();
        app.gateway.complete(payout.providerId(), "Success");

        assertThat(only(post(Callbacks.payoutFailed(payout.providerId(), "Insufficient funds"))))
                .isEqualTo(Verdict.MISMATCH);

        assertThat(payoutNow(payout).state()).isEqualTo(PayoutState.SENT);
        assertThat(only(post(Callbacks.paidOut(payout.providerId(), payout.amount(), null))))
                .isEqualTo(Verdict.APPLIED);
        assertThat(payoutNow(payout).state()).isEqualTo(PayoutState.CONFIRMED);
    }

    @Test
    void givenAProviderThatAnswersLater_whenAPayoutSuccessIsPosted_thenNothingMovesAndTheProviderIsAsked() {
        Payout payout = sentPayout();
        app.gateway.answerLookupsLater();

        assertThat(only(post(Callbacks.paidOut(payout.providerId(), payout.amount(), null))))
                .isEqualTo(Verdict.AWAITING_CONFIRMATION);

        assertThat(app.gateway.askedLater()).contains(payout.providerId());
        assertThat(payoutNow(payout).state()).isEqualTo(PayoutState.SENT);
    }

    @Test
    void givenTheProviderDown_whenASuccessIsPosted_thenUnavailableAndNothingRecorded() {
        EscrowPayment payment = pending();
        app.gateway.setUnavailable(true);

        assertThatThrownBy(() -> post(Callbacks.collected(
                        payment.lifecycle().providerTransactionId().orElseThrow(), payment.amount())))
                .isInstanceOf(PaymentProviderUnavailableException.class);

        app.gateway.setUnavailable(false);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(app.providerEvents.flagged()).isEmpty();
    }

    @Test
    void givenTheProvidersOwnAnswerToOurQuestion_whenPosted_thenSettledWithoutAskingAgain() {
        EscrowPayment payment = pending();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.answerLookupsLater(); // it would answer "asked" if it were asked
        SettleMovementCommand answer = SettleMovementCommand.of(
                MoneyMovement.COLLECTION,
                provider,
                null,
                new MovementOutcome.Succeeded(payment.amount(), "R1"),
                null,
                SettleMovementCommand.Source.QUERY,
                "{}");

        assertThat(only(post(answer))).isEqualTo(Verdict.APPLIED);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.LOCKED);
    }

    @Test
    void givenAnAnswerToAQuestionWeNeverAsked_whenPosted_thenFlaggedAsRefused() {
        assertThat(only(post(new Reading.Unsolicited(
                        "AG_1", true, "no Transaction Status query of ours has this id", "{}"))))
                .isEqualTo(Verdict.REFUSED);
        assertThat(app.providerEvents.flagged())
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.REFUSED));
    }

    @Test
    void givenNoticesAndUnreadableBodiesAndUnknownRoutes_whenPosted_thenAcknowledgedOrRefused() {
        assertThat(post(new Reading.Acknowledged("queue timeout")).movements()).isEmpty();
        assertThatThrownBy(() -> post(new Reading.Unreadable("not an STK callback: no Body.stkCallback")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("not an STK callback: no Body.stkCallback");
        assertThatThrownBy(() -> app.callbacks.receive(new ReceivePaymentCallbackCommand("nowhere", null, "{}")))
                .isInstanceOf(CallbackRouteNotFoundException.class);
        assertThatThrownBy(() -> new ReceivePaymentCallbackCommand("../etc", null, "{}"))
                .isInstanceOf(InvalidValueException.class);
    }

    private com.voicepact.domain.contract.ContractId payoutContract;

    private Payout sentPayout() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        payoutContract = payment.contractId();
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        app.dispatcher.dispatchDue();
        return reload(payment).payouts().get(0);
    }

    private Payout payoutNow(Payout payout) {
        return app.payments
                .findByPayout(payout.id())
                .orElseThrow()
                .escrow()
                .payout(payout.id())
                .orElseThrow();
    }
}
