package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.ledger.Account;
import com.voicepact.domain.ledger.Balances;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Money locked beyond the contract total (a late success after a failure or expiry, checkouts that
 * overlap) never reaches the seller: it goes back to its payer, audited and told by SMS.
 */
class EscrowSurplusTest {

    private static final Money TOTAL = kes("175000");
    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @Test
    void givenFailedCheckoutThenSecondPaid_whenFirstSucceedsLate_thenItIsRefundedAndTheSellerGetsTheTotalOnce() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment a = scenario.checkout(contract, "175000").payment();
        app.notifications.settle(EscrowScenario.failure(
                a.lifecycle().providerTransactionId().orElseThrow(), "DS timeout user cannot be reached"));
        EscrowPayment b = scenario.checkout(contract, "175000").payment();
        scenario.providerConfirms(b);
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.ACTIVE);

        scenario.providerConfirms(a); // the payer did approve A after all

        EscrowPayment lateA = app.payments.findById(a.id()).orElseThrow();
        assertThat(lateA.status()).as("locked, then straight back to its payer").isEqualTo(PaymentStatus.REFUNDING);
        assertThat(lateA.payouts()).singleElement().satisfies(p -> {
            assertThat(p.recipient()).isEqualTo(BUYER);
            assertThat(p.amount()).isEqualTo(TOTAL);
        });
        assertThat(app.auditLog.forSubject(a.id().value()))
                .anyMatch(e -> e.record().action().equals("SURPLUS_REFUND_STARTED"));

        deliverAndAccept(contract);
        settleAllPayouts();

        assertThat(paidTo(SELLER)).isEqualTo(TOTAL);
        assertThat(paidTo(BUYER)).isEqualTo(TOTAL);
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(texts(SELLER, "VoicePact Payment Released:"))
                .singleElement()
                .asString()
                .contains("Amount: KES 175,000.00");
        assertThat(texts(BUYER, "VoicePact Refund:")).singleElement().asString().contains("KES 175,000.00");
        assertThat(texts(BUYER, "VoicePact Payment Refunded:"))
                .singleElement()
                .asString()
                .contains("Amount: KES 175,000.00");
        assertLedgerSettled(contract);
    }

    @Test
    void givenExpiredCheckout_whenItSucceedsAfterTheContractCompleted_thenTheWholeAmountGoesBack() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment a = scenario.checkout(contract, "175000").payment();
        var lost = app.gateway.forget(a.lifecycle().providerTransactionId().orElseThrow());
        app.clock.advance(java.time.Duration.ofMinutes(10));
        app.staleCheckouts.settleStaleCheckouts();
        assertThat(app.payments.findById(a.id()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        EscrowPayment b = scenario.checkout(contract, "175000").payment();
        scenario.providerConfirms(b);
        deliverAndAccept(contract);
        settleAllPayouts();
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);

        app.gateway.remember(lost, "Success");
        app.notifications.settle(
                EscrowScenario.success(a.lifecycle().providerTransactionId().orElseThrow(), a.amount()));
        settleAllPayouts();

        assertThat(paidTo(SELLER)).isEqualTo(TOTAL);
        assertThat(paidTo(BUYER)).isEqualTo(TOTAL);
        assertThat(app.payments.findById(a.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(texts(SELLER, "VoicePact Payment Released:")).hasSize(1);
    }

    @Test
    void givenAContractCancelledByADispute_whenAFailedCheckoutSucceedsLate_thenItAllGoesBackAndThePayerIsToldWhy() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment a = scenario.checkout(contract, "175000").payment();
        app.notifications.settle(EscrowScenario.failure(
                a.lifecycle().providerTransactionId().orElseThrow(), "DS timeout user cannot be reached"));
        scenario.providerConfirms(scenario.checkout(contract, "175000").payment());
        app.disputes.raiseDispute(new DisputeCommand(contract, BUYER, "never delivered", Actor.party(BUYER)));
        app.disputes.resolveDispute(
                new ResolveDisputeCommand(contract, DisputeResolution.REFUND_BUYER, null, Actor.operator("ops")));

        scenario.providerConfirms(a);
        settleAllPayouts();

        assertThat(paidTo(SELLER)).isEqualTo(Money.zero(CurrencyCode.KES));
        assertThat(paidTo(BUYER)).isEqualTo(kes("350000"));
        assertThat(texts(BUYER, "VoicePact Refund:"))
                .singleElement()
                .asString()
                .contains("came after the contract was cancelled");
        assertThat(app.payments.findById(a.id()).orElseThrow().lifecycle().failureReason())
                .hasValue("the contract is cancelled");
        assertLedgerSettled(contract);
    }

    @Test
    void givenPartlyOverlappingCheckouts_whenReleased_thenTheSellerGetsTheTotalAndTheOverlapGoesBack() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment a = scenario.checkout(contract, "100000").payment();
        app.notifications.settle(
                EscrowScenario.failure(a.lifecycle().providerTransactionId().orElseThrow(), "Failed"));
        EscrowPayment b = scenario.checkout(contract, "175000").payment();
        scenario.providerConfirms(a); // late: 100,000 held, not yet surplus
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.CONFIRMED);
        scenario.providerConfirms(b); // 275,000 held for a 175,000 contract
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.ACTIVE);

        deliverAndAccept(contract);
        settleAllPayouts();

        assertThat(paidTo(SELLER)).isEqualTo(TOTAL);
        assertThat(paidTo(BUYER)).isEqualTo(kes("100000"));
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(texts(SELLER, "VoicePact Payment Released:"))
                .singleElement()
                .asString()
                .contains("Amount: KES 175,000.00");
        assertThat(texts(BUYER, "VoicePact Escrow Funded:")).hasSize(1);
        assertThat(texts(SELLER, "VoicePact Escrow Funded:")).hasSize(1);
        assertLedgerSettled(contract);
    }

    @Test
    void givenOverfundedContract_whenDisputeSplitInHalf_thenTheSellerGetsHalfTheTotalNotHalfOfWhatCameIn() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment a = scenario.checkout(contract, "100000").payment();
        app.notifications.settle(
                EscrowScenario.failure(a.lifecycle().providerTransactionId().orElseThrow(), "Failed"));
        EscrowPayment b = scenario.checkout(contract, "175000").payment();
        scenario.providerConfirms(a);
        scenario.providerConfirms(b);
        app.disputes.raiseDispute(new DisputeCommand(contract, BUYER, "half the bags were wet", Actor.party(BUYER)));
        app.disputes.resolveDispute(new ResolveDisputeCommand(
                contract, DisputeResolution.SPLIT, new BigDecimal("0.5"), Actor.operator("test-key")));
        settleAllPayouts();

        assertThat(paidTo(SELLER)).isEqualTo(kes("87500"));
        assertThat(paidTo(BUYER)).isEqualTo(kes("187500"));
        assertLedgerSettled(contract);
    }

    @Test
    void givenFundedContract_whenTheSellerIsPaid_thenOneFundedSmsEachAndOneReleasedSmsWithTheTotal() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment first = scenario.checkout(contract, "100000").payment();
        EscrowPayment second = scenario.checkout(contract, "75000").payment();
        scenario.providerConfirms(first);
        scenario.providerConfirms(second);
        deliverAndAccept(contract);
        settleAllPayouts();

        assertThat(texts(BUYER, "VoicePact Payment Received:"))
                .singleElement()
                .asString()
                .contains("Amount: KES 100,000.00")
                .contains("Still owed: KES 75,000.00");
        assertThat(texts(BUYER, "VoicePact Escrow Funded:"))
                .singleElement()
                .asString()
                .contains("Held: KES 175,000.00");
        assertThat(texts(SELLER, "VoicePact Escrow Funded:"))
                .singleElement()
                .asString()
                .contains("DELIVERED-" + contract);
        assertThat(texts(SELLER, "VoicePact Payment Released:"))
                .singleElement()
                .asString()
                .contains("Amount: KES 175,000.00");
    }

    private void deliverAndAccept(ContractId contract) {
        app.delivery.reportDelivery(new DeliveryCommand(contract, SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(new DeliveryCommand(contract, BUYER, null, Channel.SMS, Actor.party(BUYER)));
    }

    /** Dispatches the outbox and confirms every payout the provider received, until nothing moves. */
    private void settleAllPayouts() {
        for (int round = 0; round < 5; round++) {
            app.dispatcher.dispatchDue();
            for (EscrowPayment p : app.payments.findCreatedBetween(
                    java.time.Instant.EPOCH, app.clock.now().plusSeconds(1))) {
                for (Payout payout : p.payouts()) {
                    if (payout.providerId() != null && payout.isOpen()) {
                        app.gateway.complete(payout.providerId(), "Success");
                        app.notifications.settle(
                                EscrowScenario.payoutSuccess(payout.providerId(), payout.amount(), null));
                    }
                }
            }
        }
        app.dispatcher.dispatchDue();
    }

    private Money paidTo(PhoneNumber phone) {
        Money sum = Money.zero(CurrencyCode.KES);
        for (PayoutRequest request : app.gateway.payouts()) {
            if (request.recipient().equals(phone)) {
                sum = sum.plus(request.amount());
            }
        }
        return sum;
    }

    private java.util.List<String> texts(PhoneNumber to, String prefix) {
        return app.sms.sent().stream()
                .filter(s -> s.to().equals(to))
                .map(RecordingSmsGateway.Sent::text)
                .filter(t -> t.startsWith(prefix))
                .toList();
    }

    private void assertLedgerSettled(ContractId contract) {
        var postings = app.ledger.forContract(contract);
        assertThat(Balances.creditBalance(postings, Account.escrow(contract))).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Balances.creditBalance(postings, Account.sellerPayable(contract)))
                .isEqualByComparingTo(BigDecimal.ZERO);
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }
}
