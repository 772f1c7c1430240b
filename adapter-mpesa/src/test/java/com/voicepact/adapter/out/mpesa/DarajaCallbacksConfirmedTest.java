package com.voicepact.adapter.out.mpesa;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.CallbackConfirmationPolicy;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.ReceivePaymentCallbackService;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import com.voicepact.sandbox.mpesa.PromptAnswer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A callback alone never moves money, on M-Pesa: the escrow use cases on the fakes, the Daraja adapter on its local
 * sandbox, and the callbacks over HTTP to the application's callback addresses ({@link UseCaseReceiver}). Forged
 * callbacks (an unsigned STK success the payer never approved, a forged B2C Result, a Transaction Status Result no query
 * of ours asked for) change nothing and are flagged; real ones still settle, once.
 */
class DarajaCallbacksConfirmedTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private DarajaSandbox sandbox;
    private UseCaseReceiver receiver;
    private DarajaPaymentGateway gateway;
    private EscrowCheckoutService checkout;
    private DispatchOutboxService dispatcher;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("consumer-key", "consumer-secret"));
        receiver = new UseCaseReceiver();
        gateway = new DarajaPaymentGateway(new DarajaClient(gatewayConfig(), Clock.systemUTC()));
        checkout = new EscrowCheckoutService(
                app.escrowPorts.moves(),
                app.escrowPorts.payments(),
                app.escrowPorts.clock(),
                app.escrowPorts.transactions(),
                app.escrowPorts.audit(),
                gateway,
                app.idempotencyKeys,
                new PaymentReference(new byte[32]),
                app.paymentSettings);
        dispatcher = new DispatchOutboxService(
                app.escrowPorts.payments(),
                app.escrowPorts.outbox(),
                app.escrowPorts.clock(),
                app.escrowPorts.transactions(),
                app.escrowPorts.audit(),
                app.escrowPorts.ledger(),
                app.escrowPorts.messenger(),
                app.sms,
                gateway,
                app.notifications,
                app.smsLog);
        receiver.feeding(new ReceivePaymentCallbackService(
                List.of(gateway.callbacks()),
                new CallbackConfirmationPolicy(gateway),
                app.notifications,
                app.escrowPorts.payments(),
                app.escrowPorts.clock(),
                app.escrowPorts.transactions(),
                app.escrowPorts.audit(),
                app.providerEvents));
    }

    private DarajaConfig gatewayConfig() {
        return new DarajaConfig(
                DarajaEnvironment.SANDBOX,
                sandbox.url().toString(),
                "consumer-key",
                "consumer-secret",
                DarajaSandboxSettings.SANDBOX_SHORTCODE,
                DarajaSandboxSettings.SANDBOX_PASSKEY,
                StkTransactionType.PAYBILL,
                null,
                DarajaSandboxSettings.SANDBOX_B2C_SHORTCODE,
                "testapi",
                "Initiator#Pass1",
                null,
                DarajaPaymentGatewayContractTest.SECURITY_CREDENTIAL,
                receiver.base(),
                List.of(),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private EscrowPayment checkedOut() {
        ContractId contract = new com.voicepact.application.fakes.EscrowScenario(app).confirmedContract();
        return checkout.checkout(new CheckoutCommand(
                        contract,
                        BUYER,
                        Money.of("175000", CurrencyCode.KES),
                        "escrow",
                        null,
                        null,
                        Actor.operator("test-key")))
                .payment();
    }

    private EscrowPayment reload(EscrowPayment payment) {
        return app.payments.findById(payment.id()).orElseThrow();
    }

    private int post(String route, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(receiver.base() + "/" + route))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited in vain for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static String stkSuccess(String checkoutRequestId, String amount) {
        return """
                {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1","CheckoutRequestID":"%s","ResultCode":0,
                "ResultDesc":"The service request is processed successfully.","CallbackMetadata":{"Item":[{"Name":"Amount","Value":%s},
                {"Name":"MpesaReceiptNumber","Value":"NLJ7RT61SV"},{"Name":"TransactionDate","Value":20261130101530},
                {"Name":"PhoneNumber","Value":254712345678}]}}}}""".formatted(checkoutRequestId, amount);
    }

    private static String b2cSuccess(String originator, String conversation, String amount) {
        return """
                {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                "OriginatorConversationID":"%s","ConversationID":"%s","TransactionID":"NLJ41HAY6Q",
                "ResultParameters":{"ResultParameter":[{"Key":"TransactionAmount","Value":%s},{"Key":"TransactionReceipt","Value":"NLJ41HAY6Q"},
                {"Key":"ReceiverPartyPublicName","Value":"254722000111 - John"},{"Key":"TransactionCompletedDateTime","Value":"30.11.2026 10:15:30"}]},
                "ReferenceData":{"ReferenceItem":{"Key":"QueueTimeoutURL","Value":"https://example.org/timeout"}}}}""".formatted(originator, conversation, amount);
    }

    private static String statusCompleted(
            String queryConversation, String originator, String conversation, String amount) {
        return """
                {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                "OriginatorConversationID":"AG_Q_1","ConversationID":"%s","TransactionID":"NLJ0000000",
                "ResultParameters":{"ResultParameter":[{"Key":"OriginatorConversationID","Value":"%s"},
                {"Key":"ReasonType","Value":"Business Payment to Customer via API"},{"Key":"TransactionStatus","Value":"Completed"},
                {"Key":"Amount","Value":%s},{"Key":"ConversationID","Value":"%s"},{"Key":"ReceiptNo","Value":"NLJ41HAY6Q"}]}}}""".formatted(queryConversation, originator, amount, conversation);
    }

    @Test
    void givenAnUnsignedStkSuccessThePayerNeverApproved_whenPosted_thenNothingMovesAndOnceCancelledItIsFlagged()
            throws Exception {
        EscrowPayment payment = checkedOut();
        String checkoutId = payment.lifecycle().providerTransactionId().orElseThrow();

        assertThat(post("stk", stkSuccess(checkoutId, "175000")))
                .as("answered: the STK query says the prompt is still open")
                .isEqualTo(200);
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);

        sandbox.answer(checkoutId, PromptAnswer.CANCEL); // the real callback: cancelled, confirmed by the STK query
        await("the cancellation", () -> reload(payment).status() == PaymentStatus.FAILED);
        assertThat(post("stk", stkSuccess(checkoutId, "175000"))).isEqualTo(200);

        assertThat(reload(payment).status())
                .as("a late success would lock a FAILED payment")
                .isEqualTo(PaymentStatus.FAILED);
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(app.ledger.forContract(payment.contractId())).isEmpty();
        assertThat(app.providerEvents.flagged()).singleElement().satisfies(e -> {
            assertThat(e.providerTransactionId()).isEqualTo(checkoutId);
            assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.MISMATCH);
        });
    }

    @Test
    void givenStkSuccessesWhoseAmountCannotBeUsed_whenPosted_thenAnswered200_recordedAndFlagged_andNothingMoves()
            throws Exception {
        EscrowPayment payment = checkedOut();
        String checkoutId = payment.lifecycle().providerTransactionId().orElseThrow();

        assertThat(post("stk", stkSuccess(checkoutId, "\"abc\"")))
                .as("not a number: recorded, not refused")
                .isEqualTo(200);
        assertThat(post("stk", stkSuccess(checkoutId, "1e400")))
                .as("no payment can have it: recorded, not refused")
                .isEqualTo(200);

        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(app.ledger.forContract(payment.contractId())).isEmpty();
        assertThat(app.providerEvents.flagged()).hasSize(2).allSatisfy(e -> {
            assertThat(e.providerTransactionId()).isEqualTo(checkoutId);
            assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.MISMATCH);
        });
    }

    @Test
    void givenB2cResultsForAPayoutWeNeverSent_whenPosted_thenAcknowledgedButFlaggedRefused_andNothingMoves()
            throws Exception {
        EscrowPayment payment = lockedPayment();

        assertThat(post("b2c/result", b2cSuccess("PAYOUT-NEVER-SENT", "AG_20261130_NEVER", "175000")))
                .isEqualTo(200);
        assertThat(post("b2c/result", """
                {"Result":{"ResultType":0,"ResultCode":1,"ResultDesc":"The balance is insufficient for the transaction.",
                "OriginatorConversationID":"PAYOUT-NEVER-SENT-2","ConversationID":"AG_20261130_NEVER2","TransactionID":"NLJ0000001"}}""".strip())).isEqualTo(200);

        assertThat(app.providerEvents.flagged()).hasSize(2).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.REFUSED);
            assertThat(e.detail()).contains("PAYOUT-NEVER-SENT").contains("no payout of ours");
        });
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.LOCKED);

        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                warnings.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(DarajaPaymentCallbacks.class.getName());
        log.addHandler(handler);
        try {
            assertThat(post("b2c/timeout", """
                    {"Result":{"ResultType":1,"ResultCode":"1","ResultDesc":"The service request timed out.",
                    "OriginatorConversationID":"PAYOUT-NEVER-SENT-3","ConversationID":"AG_20261130_NEVER3"}}""".strip())).isEqualTo(200);
        } finally {
            log.removeHandler(handler);
        }
        assertThat(warnings)
                .singleElement()
                .asString()
                .contains("b2c/timeout", "PAYOUT-NEVER-SENT-3", "AG_20261130_NEVER3");
    }

    @Test
    void givenAPaidStkPushWhoseCallbackComesTwice_whenReceived_thenLockedOnce() throws Exception {
        sandbox.faults().duplicateCallbacks(true);
        EscrowPayment payment = checkedOut();
        String checkoutId = payment.lifecycle().providerTransactionId().orElseThrow();

        sandbox.answer(checkoutId, PromptAnswer.PIN);
        await(
                "both callbacks answered",
                () -> receiver.answered().stream()
                                .filter(a -> a.route().equals("stk"))
                                .count()
                        == 2);

        assertThat(receiver.answered()).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(reload(payment).status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("LOCK:"))
                .hasSize(1);
        assertThat(app.providerEvents.flagged()).isEmpty();
    }

    @Test
    void givenACheckoutStartedBeforeARestart_whenItsPaidCallbackComes_thenTheStkQueryConfirmsItAndItLocks()
            throws Exception {
        EscrowPayment payment = checkedOut();
        DarajaPaymentGateway restarted = new DarajaPaymentGateway(new DarajaClient(gatewayConfig(), Clock.systemUTC()));
        receiver.feeding(new ReceivePaymentCallbackService(
                List.of(restarted.callbacks()),
                new CallbackConfirmationPolicy(restarted),
                app.notifications,
                app.escrowPorts.payments(),
                app.escrowPorts.clock(),
                app.escrowPorts.transactions(),
                app.escrowPorts.audit(),
                app.providerEvents)); // nothing remembered of the checkout

        sandbox.answer(payment.lifecycle().providerTransactionId().orElseThrow(), PromptAnswer.PIN);

        await("the lock", () -> reload(payment).status() == PaymentStatus.LOCKED);
        assertThat(app.providerEvents.flagged()).isEmpty();
    }

    @Test
    void givenForgedB2cAndStatusResults_whenPosted_thenThePayoutStaysSentAndTheyAreFlagged_andTheRealResultStillPays()
            throws Exception {
        EscrowPayment payment = lockedPayment();
        sandbox.faults().dropCallbacks(true); // the real B2C Result is late: only forgeries arrive for now
        Payout payout = sentPayout(payment);

        assertThat(post("b2c/result", b2cSuccess(payout.id(), "AG_20261130_FORGED", "175000")))
                .isEqualTo(200);
        assertThat(post(
                        "status/result",
                        statusCompleted("AG_20261130_NOQUERY", payout.id(), payout.providerId(), "175000")))
                .isEqualTo(200);

        assertThat(payoutNow(payout).state()).isEqualTo(PayoutState.SENT);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("PAID:"))
                .isEmpty();
        assertThat(app.providerEvents.flagged())
                .hasSize(2)
                .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.REFUSED));

        sandbox.faults().dropCallbacks(false);
        assertThat(post("b2c/result", b2cSuccess(payout.id(), payout.providerId(), "175000")))
                .as("quoting the real ids: asked, not applied")
                .isEqualTo(200);
        await("the Transaction Status answer", () -> payoutNow(payout).state() == PayoutState.CONFIRMED);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("PAID:"))
                .hasSize(1);
    }

    @Test
    void givenAB2cSuccessQuotingTheRealIdsForAPayoutMpesaDeclined_whenPosted_thenItIsNeverApplied() throws Exception {
        EscrowPayment payment = lockedPayment();
        sandbox.faults().dropCallbacks(true).utilityAccountEmpty(true); // M-Pesa declines it; its Result is lost
        Payout payout = sentPayout(payment);
        sandbox.faults().dropCallbacks(false);

        assertThat(post("b2c/result", b2cSuccess(payout.id(), payout.providerId(), "175000")))
                .isEqualTo(200);
        await("the Transaction Status answer", () -> payoutNow(payout).state() != PayoutState.SENT);

        assertThat(payoutNow(payout).state())
                .as("the provider's answer, not the forgery")
                .isEqualTo(PayoutState.FAILED);
        assertThat(app.ledger.forContract(payment.contractId()))
                .filteredOn(p -> p.id().startsWith("PAID:"))
                .isEmpty();
        await("the forgery flagged", () -> !app.providerEvents.flagged().isEmpty());
        assertThat(app.providerEvents.flagged())
                .as("contradicted by Transaction Status: an operator sees it")
                .singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(ProviderEvent.Outcome.MISMATCH))
                .satisfies(e -> assertThat(e.providerTransactionId()).isEqualTo(payout.providerId()));
    }

    @Test
    void
            givenAnEmptyUtilityAccount_whenTheB2cResultSaysSoAndTransactionStatusConfirmsTheFailure_thenTheLegFailsWithThatReason()
                    throws Exception {
        EscrowPayment payment = lockedPayment();
        sandbox.faults().utilityAccountEmpty(true); // result 1; Transaction Status says only "Failed"
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        dispatcher.dispatchDue();
        Payout payout = reload(payment).payouts().get(0);

        await("the failure confirmed", () -> payoutNow(payout).state() == PayoutState.FAILED);

        assertThat(payoutNow(payout).failureReason())
                .as("what the operator reads")
                .containsIgnoringCase("insufficient");
        assertThat(app.providerEvents.flagged()).isEmpty();
    }

    private EscrowPayment lockedPayment() throws Exception {
        EscrowPayment payment = checkedOut();
        sandbox.answer(payment.lifecycle().providerTransactionId().orElseThrow(), PromptAnswer.PIN);
        await("the lock", () -> reload(payment).status() == PaymentStatus.LOCKED);
        return reload(payment);
    }

    private Payout sentPayout(EscrowPayment payment) throws Exception {
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        dispatcher.dispatchDue();
        await("the payout sent", () -> reload(payment).payouts().stream().anyMatch(p -> p.state() == PayoutState.SENT));
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
