package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.InMemoryVoicePact;
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
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import com.voicepact.sandbox.mpesa.TestPayers;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The escrow (on in-memory stores) moving money through the Daraja adapter on the local Daraja sandbox: a release larger than
 * one M-Pesa payout is split (KES 400,000 is 250,000 + 150,000), each part a B2C of its own, paid once; and a refund after
 * the adapter restarted is still a Reversal of the collection's receipt, which the payment recorded when it was locked.
 */
class DarajaEscrowMoneyTest {

    private static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    private static final String REVERSAL = "/mpesa/reversal/v1/request";
    private static final PhoneNumber PAYER = new PhoneNumber("+" + TestPayers.PAYS);
    private static final PhoneNumber SELLER = new PhoneNumber("+254722000111");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final List<SettleMovementCommand> applied = new ArrayList<>();
    private DarajaSandbox sandbox;
    private SettlingReceiver callbacks;
    private DarajaPaymentGateway gateway;
    private EscrowPorts ports;
    private SettleMovementService settle;
    private DispatchOutboxService dispatcher;

    @BeforeEach
    void start() {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("consumer-key", "consumer-secret"));
        callbacks = new SettlingReceiver();
        gateway = freshGateway();
        ports = new EscrowPorts(
                app.contracts,
                app.payments,
                app.ledger,
                app.outbox,
                app.clock,
                app.transactions,
                app.auditTrail,
                app.messenger,
                gateway.payoutLimits());
        settle = new SettleMovementService(
                ports.moves(),
                ports.payments(),
                ports.ledger(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits(),
                app.providerEvents);
        dispatcher = new DispatchOutboxService(
                ports.payments(),
                ports.outbox(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.ledger(),
                ports.messenger(),
                app.sms,
                gateway,
                settle,
                app.smsLog);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        callbacks.close();
    }

    private DarajaPaymentGateway freshGateway() {
        DarajaPaymentGateway fresh = new DarajaPaymentGateway(new DarajaClient(
                DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, callbacks), Clock.systemUTC()));
        callbacks.feeding(fresh.settlements());
        return fresh;
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @Test
    void
            givenAKes400000Payment_whenTheDeliveryIsAccepted_thenTwoB2cPayouts_eachItsOwnOriginatorConversationId_paidOnce_400000InAll() {
        ContractId contract = confirmedContractOf("400000");
        EscrowPayment payment =
                lockedElsewhere(contract, "400000"); // more than one STK push carries: as collected by another provider
        sandbox.fundUtilityAccount(new BigDecimal("400000"));
        BigDecimal before = sandbox.utilityAccount();

        deliverAndAccept(contract);
        dispatcher.dispatchDue();
        settleCallbacks("/b2c/result", 2);
        dispatcher.dispatchDue();

        List<JsonNode> b2c = requests(B2C);
        assertThat(b2c)
                .extracting(r -> r.path("OriginatorConversationID").asText())
                .containsExactly(payment.id().value() + "-P1", payment.id().value() + "-P2");
        assertThat(b2c).extracting(r -> r.path("Amount").asLong()).containsExactly(250_000L, 150_000L);
        assertThat(before.subtract(sandbox.utilityAccount())).isEqualByComparingTo("400000");
        EscrowPayment released = app.payments.findById(payment.id()).orElseThrow();
        assertThat(released.status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(released.payouts())
                .extracting(Payout::providerId)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(applied)
                .extracting(c -> settle.settle(c).outcome())
                .as("every Result again: nothing moves twice")
                .containsOnly(SettlementResult.Outcome.DUPLICATE);
        dispatcher.dispatchDue();
        assertThat(requests(B2C)).hasSize(2);
    }

    @Test
    void givenAContractOfKes400000_fundedByTwoStkPushes_whenReleased_thenTheSellerIsPaidTheFullAmount() {
        ContractId contract = confirmedContractOf("400000");
        EscrowCheckoutService checkout = new EscrowCheckoutService(
                ports.moves(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                gateway,
                app.idempotencyKeys,
                new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                app.paymentSettings);
        checkout.checkout(
                new CheckoutCommand(contract, PAYER, kes("250000"), "escrow", null, null, Actor.party(PAYER)));
        settleCallbacks("/stk", 1);
        checkout.checkout(
                new CheckoutCommand(contract, PAYER, kes("150000"), "escrow", null, null, Actor.party(PAYER)));
        settleCallbacks("/stk", 2);
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.ACTIVE);
        BigDecimal before = sandbox.utilityAccount();

        deliverAndAccept(contract);
        dispatcher.dispatchDue();
        settleCallbacks("/b2c/result", 2);

        assertThat(requests(B2C))
                .extracting(r -> r.path("Amount").asLong())
                .containsExactlyInAnyOrder(250_000L, 150_000L);
        assertThat(before.subtract(sandbox.utilityAccount())).isEqualByComparingTo("400000");
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.COMPLETED);
    }

    @Test
    void givenAPaymentLockedBeforeARestart_whenRefundedByTheRestartedAdapter_thenAReversalOfItsRecordedReceipt() {
        ContractId contract = confirmedContractOf("1000");
        EscrowCheckoutService checkout = new EscrowCheckoutService(
                ports.moves(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                gateway,
                app.idempotencyKeys,
                new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                app.paymentSettings);
        EscrowPayment payment = checkout.checkout(
                        new CheckoutCommand(contract, PAYER, kes("1000"), "escrow", null, null, Actor.party(PAYER)))
                .payment();
        settleCallbacks("/stk", 1);
        String receipt = app.payments
                .findById(payment.id())
                .orElseThrow()
                .lifecycle()
                .collectionReceipt()
                .orElseThrow();

        gateway = freshGateway(); // the service restarted: the adapter's memory of the STK callback is gone
        dispatcher = new DispatchOutboxService(
                ports.payments(),
                ports.outbox(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.ledger(),
                ports.messenger(),
                app.sms,
                gateway,
                settle,
                app.smsLog);
        DisputeService disputes = new DisputeService(
                ports.moves(),
                ports.contracts(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits());
        disputes.raiseDispute(new DisputeCommand(contract, PAYER, "no maize came", Actor.party(PAYER)));
        disputes.resolveDispute(
                new ResolveDisputeCommand(contract, DisputeResolution.REFUND_BUYER, null, Actor.operator("ops")));
        dispatcher.dispatchDue();
        settleCallbacks("/reversal/result", 1);

        assertThat(requests(REVERSAL)).singleElement().satisfies(r -> {
            assertThat(r.path("TransactionID").asText()).isEqualTo(receipt);
            assertThat(r.path("Amount").asLong()).isEqualTo(1000L);
        });
        assertThat(requests(B2C)).as("no new payment to the payer").isEmpty();
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void
            givenAContractOfKes500000_whenTheBuyerPays250000TwiceWithinTwoMinutes_thenTheSecondCheckoutIsRefusedSayingToWait() {
        ContractId contract = confirmedContractOf("500000");
        EscrowCheckoutService checkout = new EscrowCheckoutService(
                ports.moves(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                gateway,
                app.idempotencyKeys,
                new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                app.paymentSettings);
        checkout.checkout(
                new CheckoutCommand(contract, PAYER, kes("250000"), "escrow", null, null, Actor.party(PAYER)));
        settleCallbacks("/stk", 1);

        assertThatThrownBy(() -> checkout.checkout(
                        new CheckoutCommand(contract, PAYER, kes("250000"), "escrow", null, null, Actor.party(PAYER))))
                .isInstanceOfSatisfying(CheckoutRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.DUPLICATE);
                    assertThat(e.getMessage())
                            .contains("within two minutes")
                            .contains("try again after")
                            .contains("different amount");
                });

        assertThat(sandbox.requests().stream().filter(r -> r.path().equals("/mpesa/stkpush/v1/processrequest")))
                .hasSize(1);
        assertThat(app.payments.findByContract(contract))
                .extracting(EscrowPayment::status)
                .containsExactly(PaymentStatus.LOCKED, PaymentStatus.FAILED);
        assertThat(app.payments.findByContract(contract).get(1).lifecycle().failureReason())
                .hasValueSatisfying(r -> assertThat(r).contains("two minutes"));
    }

    /**
     * Finding 1 of the fresh-eyes test: a B2C dropped before Daraja carried it out (no answer) left the leg SENDING forever,
     * Transaction Status's "no such transaction" (code 20) changing nothing. Now it makes the next lookup answer NotFound,
     * and the dispatcher sends the payout once more under the same OriginatorConversationID: the seller is paid once.
     */
    @Test
    void
            givenAB2cDroppedBeforeDarajaCarriedItOut_whenTransactionStatusSaysNoSuchTransaction_thenItIsSentAgainOnce_andPaidOnce() {
        DarajaPaymentGateway onAppTime = new DarajaPaymentGateway(
                new DarajaClient(DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, callbacks), appClock()));
        callbacks.feeding(onAppTime.settlements());
        dispatcher = new DispatchOutboxService(
                ports.payments(),
                ports.outbox(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.ledger(),
                ports.messenger(),
                app.sms,
                onAppTime,
                settle,
                app.smsLog);
        ContractId contract = confirmedContractOf("2300");
        EscrowPayment payment = lockedElsewhere(contract, "2300");
        sandbox.fundUtilityAccount(new BigDecimal("5000"));
        BigDecimal before = sandbox.utilityAccount();
        sandbox.faults().dropOnReceiving(B2C, () -> {});

        deliverAndAccept(contract);
        dispatcher.dispatchDue(); // dropped: no answer, the leg stays SENDING
        app.clock.advance(java.time.Duration.ofMinutes(2));
        dispatcher.dispatchDue(); // past the lease: Transaction Status is asked
        settleCallbacks("/status/result", 1); // "no such transaction"
        app.clock.advance(java.time.Duration.ofMinutes(2));
        dispatcher.dispatchDue(); // never received: sent again
        settleCallbacks("/b2c/result", 1);

        assertThat(requests(B2C))
                .extracting(r -> r.path("OriginatorConversationID").asText())
                .hasSize(2)
                .containsOnly(payment.id().value() + "-P1");
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(before.subtract(sandbox.utilityAccount())).isEqualByComparingTo("2300");
    }

    /**
     * The race: Transaction Status asked moments after a B2C may not see it yet. A "no such transaction" to a query asked
     * within DarajaMemory.NOT_FOUND_MARGIN of our last attempt is not believed: the lookup asks again (Asked), never NotFound.
     */
    @Test
    void
            givenNoSuchTransactionToAQueryAskedRightAfterTheB2c_thenTheNextLookupAsksAgain_ratherThanCallItNeverReceived() {
        DarajaPaymentGateway onAppTime = new DarajaPaymentGateway(
                new DarajaClient(DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, callbacks), appClock()));
        callbacks.feeding(onAppTime.settlements());
        sandbox.faults().dropOnReceiving(B2C, () -> {});
        assertThatThrownBy(() -> onAppTime.payOut(
                        new com.voicepact.application.escrow.port.out.PayoutRequest("PX-1", SELLER, kes("2300"))))
                .isInstanceOf(com.voicepact.application.shared.port.out.GatewayException.class);
        app.clock.advance(java.time.Duration.ofSeconds(5));

        assertThat(onAppTime.findByOurReference(
                        com.voicepact.application.escrow.port.shared.MoneyMovement.PAYOUT, "PX-1"))
                .isInstanceOf(com.voicepact.application.escrow.port.out.Lookup.Asked.class);
        callbacks.await("/status/result", r -> callbacks.at("/status/result").size() >= 1);
        app.clock.advance(java.time.Duration.ofMinutes(2));

        assertThat(onAppTime.findByOurReference(
                        com.voicepact.application.escrow.port.shared.MoneyMovement.PAYOUT, "PX-1"))
                .isInstanceOf(com.voicepact.application.escrow.port.out.Lookup.Asked.class);
        callbacks.await("/status/result", r -> callbacks.at("/status/result").size() >= 2);
        assertThat(onAppTime.findByOurReference(
                        com.voicepact.application.escrow.port.shared.MoneyMovement.PAYOUT, "PX-1"))
                .as("asked 2 min after the attempt: believed, once")
                .isInstanceOf(com.voicepact.application.escrow.port.out.Lookup.NotFound.class);
    }

    /** The client on the application's test clock, so the lease and the not-found margin pass when the test says so. */
    private Clock appClock() {
        return new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return app.clock.now();
            }
        };
    }

    private ContractId confirmedContractOf(String total) {
        CreateContractCommand command = new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(PAYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "John")),
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
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), PAYER, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), SELLER, Channel.SMS));
        return contract.id();
    }

    private EscrowPayment lockedElsewhere(ContractId contract, String amount) {
        EscrowPayment payment = EscrowPayment.create(
                TransactionId.of(contract, 1),
                PAYER,
                SELLER,
                kes(amount),
                "0123456789AB",
                Map.of(),
                0,
                null,
                app.clock.now());
        payment.checkoutAccepted("ATPid_ELSEWHERE");
        app.transactions.inTransaction(() -> app.payments.save(payment));
        assertThat(settle.settle(Callbacks.collected("ATPid_ELSEWHERE", kes(amount)))
                        .outcome())
                .isEqualTo(SettlementResult.Outcome.APPLIED);
        return app.payments.findById(payment.id()).orElseThrow();
    }

    private void deliverAndAccept(ContractId contract) {
        DeliveryService delivery = new DeliveryService(
                ports.moves(), ports.contracts(), ports.clock(), ports.transactions(), ports.audit());
        delivery.reportDelivery(new DeliveryCommand(contract, SELLER, null, Channel.USSD, Actor.party(SELLER)));
        delivery.acceptDelivery(new DeliveryCommand(contract, PAYER, null, Channel.SMS, Actor.party(PAYER)));
    }

    /** Waits for the {@code count}-th callback at {@code path} and settles every one not settled yet, as the web controller will. */
    private void settleCallbacks(String path, int count) {
        callbacks.await(path, r -> callbacks.at(path).size() >= count);
        for (SettlingReceiver.Received received : callbacks.at(path)) {
            received.command().filter(c -> !applied.contains(c)).ifPresent(c -> {
                applied.add(c);
                settle.settle(c);
            });
        }
    }

    private List<JsonNode> requests(String path) {
        return sandbox.requests().stream()
                .filter(r -> r.path().equals(path))
                .map(r -> {
                    try {
                        return JSON.readTree(r.body());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
