package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.ledger.Account;
import com.voicepact.domain.ledger.Balances;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.domain.payment.PayoutState;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A release larger than one payout may carry (M-Pesa B2C: KES 250,000) is paid in several payouts, each sent once and
 * settled on its own; a failed part alone goes back into escrow; the seller gets exactly the contract total.
 */
class SplitPayoutsTest {

    private static final PayoutLimits MPESA = new PayoutLimits(kes("10"), kes("250000"));
    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowPorts ports = new EscrowPorts(
            app.contracts,
            app.payments,
            app.ledger,
            app.outbox,
            app.clock,
            app.transactions,
            app.auditTrail,
            app.messenger,
            MPESA);
    private final SettleMovementService settle = new SettleMovementService(
            ports.moves(),
            ports.payments(),
            ports.ledger(),
            ports.clock(),
            ports.transactions(),
            ports.audit(),
            ports.payoutLimits(),
            app.providerEvents);
    private final DeliveryService delivery =
            new DeliveryService(ports.moves(), ports.contracts(), ports.clock(), ports.transactions(), ports.audit());
    private final EscrowReleaseService release = new EscrowReleaseService(
            ports.moves(), ports.payments(), ports.clock(), ports.transactions(), ports.payoutLimits());
    private final DispatchOutboxService dispatcher = new DispatchOutboxService(
            ports.payments(),
            ports.outbox(),
            ports.clock(),
            ports.transactions(),
            ports.audit(),
            ports.ledger(),
            ports.messenger(),
            app.sms,
            app.gateway,
            settle,
            app.smsLog);

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @Test
    void
            givenOnePaymentOfKes400000_whenTheDeliveryIsAccepted_thenTwoPayoutsOfAtMost250000_eachSentOnce_andTheSellerGetsAll() {
        ContractId contract = confirmedContractOf("400000");
        EscrowPayment payment = lockedCheckout(contract, "400000");

        deliverAndAccept(contract);
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        EscrowPayment releasing = app.payments.findById(payment.id()).orElseThrow();
        assertThat(releasing.payouts())
                .extracting(Payout::kind, Payout::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.RELEASE, kes("250000")),
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.RELEASE, kes("150000")));
        assertThat(app.gateway.payouts())
                .extracting(PayoutRequest::payoutId)
                .doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(app.auditLog.forSubject(payment.id().value()))
                .anyMatch(e -> e.record().action().equals("ESCROW_RELEASE_STARTED")
                        && e.record().details().contains("KES 250000.00")
                        && e.record().details().contains("KES 150000.00"));

        confirmOpenPayouts();

        assertThat(paidTo(SELLER)).isEqualTo(kes("400000"));
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);
        dispatcher.dispatchDue();
        assertThat(texts(SELLER, "VoicePact Payment Released:"))
                .singleElement()
                .asString()
                .contains("KES 400,000.00");
        assertLedgerSettled(contract);
    }

    @Test
    void
            givenASplitRelease_whenOnePartIsPaidAndTheOtherFails_thenOnlyThatPartIsHeld_andReleasedAgainAlone_neverMoreThanCameIn() {
        ContractId contract = confirmedContractOf("400000");
        EscrowPayment payment = lockedCheckout(contract, "400000");
        deliverAndAccept(contract);
        dispatcher.dispatchDue();
        List<Payout> parts = app.payments.findById(payment.id()).orElseThrow().payouts();
        assertThat(parts).extracting(Payout::state).containsOnly(PayoutState.SENT);

        settle.settle(Callbacks.paidOut(parts.get(0).providerId(), parts.get(0).amount(), null));
        settle.settle(
                Callbacks.payoutFailed(parts.get(1).providerId(), "The balance is insufficient for the transaction."));

        EscrowPayment held = app.payments.findById(payment.id()).orElseThrow();
        assertThat(held.status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(held.escrow().held()).isEqualTo(kes("150000"));
        assertThat(held.escrow().paidOut(PayoutKind.RELEASE)).isEqualTo(kes("250000"));
        assertThat(app.auditLog.forSubject(payment.id().value()))
                .anyMatch(e -> e.record().action().equals("PAYOUT_FAILED"));

        release.release(new ReleaseEscrowCommand(contract, payment.id(), Actor.operator("ops")));
        dispatcher.dispatchDue();
        confirmOpenPayouts();

        EscrowPayment done = app.payments.findById(payment.id()).orElseThrow();
        assertThat(done.payouts())
                .extracting(Payout::amount, Payout::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(kes("250000"), PayoutState.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(kes("150000"), PayoutState.FAILED),
                        org.assertj.core.groups.Tuple.tuple(kes("150000"), PayoutState.CONFIRMED));
        assertThat(done.status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(done.escrow().paidOut(PayoutKind.RELEASE)).isEqualTo(kes("400000"));
        assertThat(app.gateway.payouts())
                .extracting(PayoutRequest::amount)
                .as("the refused part, then its new payout")
                .containsExactly(kes("250000"), kes("150000"), kes("150000"));
        assertThat(app.gateway.payouts()).extracting(PayoutRequest::payoutId).doesNotHaveDuplicates();
        assertLedgerSettled(contract);
    }

    @Test
    void givenAPartsResultReplayed_thenItIsADuplicate_andNothingMovesTwice() {
        ContractId contract = confirmedContractOf("400000");
        EscrowPayment payment = lockedCheckout(contract, "400000");
        deliverAndAccept(contract);
        dispatcher.dispatchDue();
        Payout first =
                app.payments.findById(payment.id()).orElseThrow().payouts().get(0);

        SettlementResult once = settle.settle(Callbacks.paidOut(first.providerId(), first.amount(), null));
        SettlementResult again = settle.settle(Callbacks.paidOut(first.providerId(), first.amount(), null));

        assertThat(once.outcome()).isEqualTo(SettlementResult.Outcome.APPLIED);
        assertThat(again.outcome()).isEqualTo(SettlementResult.Outcome.DUPLICATE);
        EscrowPayment after = app.payments.findById(payment.id()).orElseThrow();
        assertThat(after.escrow().paidOut(PayoutKind.RELEASE)).isEqualTo(kes("250000"));
        assertThat(after.status()).isEqualTo(PaymentStatus.RELEASING);
    }

    @Test
    void givenAContractOfKes400000FundedByTwoCheckouts_whenReleased_thenTheSellerGetsTheFullAmountInTwoPayouts() {
        ContractId contract = confirmedContractOf("400000");
        lockedCheckout(contract, "250000");
        lockedCheckout(contract, "150000");
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.ACTIVE);

        deliverAndAccept(contract);
        dispatcher.dispatchDue();
        confirmOpenPayouts();

        assertThat(app.gateway.payouts())
                .extracting(PayoutRequest::amount)
                .containsExactlyInAnyOrder(kes("250000"), kes("150000"));
        assertThat(paidTo(SELLER)).isEqualTo(kes("400000"));
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);
    }

    @Test
    void givenAWhollySurplusPaymentAboveTheMaximum_thenItIsRefundedInParts() {
        ContractId contract = confirmedContractOf("300000");
        lockedCheckout(contract, "300000");
        EscrowPayment surplus = checkoutOf(contract, "300000", true);

        assertThat(app.payments.findById(surplus.id()).orElseThrow().payouts())
                .extracting(Payout::kind, Payout::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.REFUND, kes("250000")),
                        org.assertj.core.groups.Tuple.tuple(PayoutKind.REFUND, kes("50000")));
    }

    private ContractId confirmedContractOf(String total) {
        CreateContractCommand command = new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "John")),
                ContractTerms.of(
                        "Maize",
                        Quantity.of(new BigDecimal("100"), "bags"),
                        kes(total).times(new BigDecimal("0.01")),
                        null,
                        null,
                        null,
                        null,
                        null),
                "100 bags of maize",
                Actor.operator("test-key"));
        Contract contract = app.create.create(command);
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), SELLER, Channel.SMS));
        return contract.id();
    }

    private EscrowPayment lockedCheckout(ContractId contract, String amount) {
        return checkoutOf(contract, amount, false);
    }

    /** A checkout the provider confirms; {@code overpaying}: recorded as if checkouts had raced (the rule refuses one above what is owed). */
    private EscrowPayment checkoutOf(ContractId contract, String amount, boolean overpaying) {
        EscrowPayment payment;
        if (overpaying) {
            EscrowPayment first = app.payments.findByContract(contract).get(0);
            payment = EscrowPayment.create(
                    com.voicepact.domain.payment.TransactionId.of(contract, 2),
                    BUYER,
                    SELLER,
                    kes(amount),
                    "0123456789AB",
                    java.util.Map.of(),
                    0,
                    null,
                    app.clock.now());
            payment.checkoutAccepted("ATPid_RACE");
            app.transactions.inTransaction(() -> app.payments.save(payment));
            assertThat(first.status()).isEqualTo(PaymentStatus.LOCKED);
        } else {
            payment = app.checkout
                    .checkout(new CheckoutCommand(
                            contract, BUYER, kes(amount), "escrow", null, null, Actor.operator("test-key")))
                    .payment();
            app.gateway.complete(payment.lifecycle().providerTransactionId().orElseThrow(), "Success");
        }
        settle.settle(
                Callbacks.collected(payment.lifecycle().providerTransactionId().orElseThrow(), kes(amount)));
        return app.payments.findById(payment.id()).orElseThrow();
    }

    private void deliverAndAccept(ContractId contract) {
        delivery.reportDelivery(new DeliveryCommand(contract, SELLER, null, Channel.USSD, Actor.party(SELLER)));
        delivery.acceptDelivery(new DeliveryCommand(contract, BUYER, null, Channel.SMS, Actor.party(BUYER)));
    }

    /** Confirms every payout the provider accepted and that is still open, as its callbacks would. */
    private void confirmOpenPayouts() {
        for (EscrowPayment p : app.payments.findCreatedBetween(
                java.time.Instant.EPOCH, app.clock.now().plusSeconds(1))) {
            for (Payout payout : p.payouts()) {
                if (payout.providerId() != null && payout.isOpen()) {
                    app.gateway.complete(payout.providerId(), "Success");
                    settle.settle(Callbacks.paidOut(payout.providerId(), payout.amount(), null));
                }
            }
        }
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

    private List<String> texts(PhoneNumber to, String prefix) {
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
}
