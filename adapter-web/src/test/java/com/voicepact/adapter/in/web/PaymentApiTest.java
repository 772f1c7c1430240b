package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.RecordingCallbackRefusals;
import com.voicepact.application.shared.port.out.CallbackRefusalsPort.Reason;
import com.voicepact.domain.common.CallbackSignature;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The payments API and the payment webhook over real sockets, on the real use cases with in-memory ports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentApiTest {

    private static final String BUYER = "+254712345678";
    private final Map<String, EmbeddedServer> servers = new HashMap<>();

    private EmbeddedServer server(String name, Map<String, Object> extra) {
        return servers.computeIfAbsent(name, n -> {
            Map<String, Object> properties = new HashMap<>(Map.of(
                    "micronaut.server.port",
                    -1,
                    "micronaut.server.max-request-size",
                    "1MB",
                    "micronaut.serde.serialization.inclusion",
                    "ALWAYS"));
            properties.putAll(extra);
            return ApplicationContext.run(EmbeddedServer.class, properties);
        });
    }

    private EmbeddedServer open;
    private ApiClient api;
    private InMemoryVoicePact app;
    private EscrowScenario scenario;

    @BeforeAll
    void start() {
        open = server("open", Map.of());
        api = client(open);
        app = open.getApplicationContext().getBean(InMemoryVoicePact.class);
        scenario = new EscrowScenario(app);
    }

    private static ApiClient client(EmbeddedServer server) {
        return ApiClient.asOperator(server);
    }

    @AfterAll
    void stop() {
        servers.values().forEach(EmbeddedServer::close);
    }

    private static String checkoutBody(ContractId contract, String phone, String amount) {
        return """
                {"contract_id": "%s", "phone_number": "%s", "amount": %s, "currency_code": "KES",
                 "metadata": {"product": "Maize"}}""".formatted(contract, phone, amount);
    }

    private static String successJson(String providerId, String value) {
        return """
                {"transactionId": "%s", "category": "MobileCheckout", "provider": "Mpesa", "providerChannel": "525900",
                 "status": "Success", "value": "%s", "description": "Received", "transactionDate": "2026-03-02 08:22:54",
                 "requestMetadata": {"product": "Maize"}}""".formatted(providerId, value);
    }

    @Nested
    class Checkout {
        @Test
        void givenConfirmedContract_whenCheckedOut_then201WithTheDocsFields_andIdempotencyKeyReplaysIt() {
            ContractId contract = scenario.confirmedContract();
            Map<String, String> key =
                    Map.of("Idempotency-Key", "retry-safe-1", "X-API-Key", WebTestApplication.OPERATOR_KEY);
            ApiClient.Answer first = api.postWith(
                    "/api/v1/payments/checkout",
                    "application/json",
                    checkoutBody(contract, "0712345678", "175000"),
                    key);
            assertThat(first.status()).as(first.body()).isEqualTo(201);
            assertThat(first.json())
                    .containsKeys(
                            "transaction_id",
                            "external_transaction_id",
                            "status",
                            "description",
                            "amount",
                            "currency",
                            "phone_number",
                            "created_at")
                    .containsEntry("status", "pending")
                    .containsEntry("phone_number", BUYER);
            assertThat((String) first.get("transaction_id")).isEqualTo("TXN-" + contract + "-001");
            assertThat(first.body()).contains("\"amount\":175000.00");
            ApiClient.Answer again = api.postWith(
                    "/api/v1/payments/checkout",
                    "application/json",
                    checkoutBody(contract, "0712345678", "175000"),
                    key);
            assertThat(again.status()).as("the first answer's status").isEqualTo(201);
            assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat((String) again.get("transaction_id")).isEqualTo(first.get("transaction_id"));
            assertThat((String) again.get("external_transaction_id")).isEqualTo(first.get("external_transaction_id"));
            assertThat((String) again.get("description")).isEqualTo(first.get("description"));
            assertThat(app.gateway.checkouts())
                    .filteredOn(c -> c.reference().equals(first.get("payment_reference")))
                    .hasSize(1);

            ApiClient.Answer reused = api.postWith(
                    "/api/v1/payments/checkout", "application/json", checkoutBody(contract, "0712345678", "1000"), key);
            assertThat(reused.status()).as(reused.body()).isEqualTo(422);
            assertThat((String) reused.get("detail"))
                    .contains("Idempotency-Key 'retry-safe-1' was already used for a different checkout");
        }

        @Test
        void givenAKeyWhoseFirstCheckoutStillWaitsForTheProvider_whenRepeated_then409WithRetryAfter() {
            ContractId contract = scenario.confirmedContract();
            var sent = scenario.checkout(contract, "500").payment();
            app.idempotencyKeys.remember("still-running", sent.id(), null, app.clock.now());
            ApiClient.Answer again = api.postWith(
                    "/api/v1/payments/checkout",
                    "application/json",
                    checkoutBody(contract, "0712345678", "500"),
                    Map.of("Idempotency-Key", "still-running", "X-API-Key", WebTestApplication.OPERATOR_KEY));
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            assertThat(again.headers().firstValue("Retry-After")).contains("2");
            assertThat((String) again.get("detail")).contains("still in progress");
        }

        @Test
        void givenRefusals_whenCheckedOut_thenTheRightStatusAndNothingCharged() {
            ContractId pending = app.create
                    .create(com.voicepact.application.fakes.CreateContractCommands.maizeDeal())
                    .id();
            assertThat(api.post("/api/v1/payments/checkout", checkoutBody(pending, BUYER, "100"))
                            .status())
                    .isEqualTo(409);
            ContractId contract = scenario.confirmedContract();
            assertThat(api.post("/api/v1/payments/checkout", checkoutBody(contract, "+254722000111", "100"))
                            .status())
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/payments/checkout", checkoutBody(contract, BUYER, "-5"))
                            .status())
                    .isEqualTo(400);
            ApiClient.Answer tooSmall = api.post("/api/v1/payments/checkout", checkoutBody(contract, BUYER, "0.5"));
            assertThat(tooSmall.status()).isEqualTo(400);
            assertThat((String) tooSmall.get("reason")).contains("limits");
            assertThat(api.post("/api/v1/payments/checkout", checkoutBody(contract, "07123", "100"))
                            .status())
                    .isEqualTo(400);
            assertThat(api.post("/api/v1/payments/checkout", checkoutBody(ContractId.of(2026, 999_999), BUYER, "100"))
                            .status())
                    .isEqualTo(404);
            assertThat(api.post("/api/v1/payments/checkout", "{\"contract_id\": ")
                            .status())
                    .isEqualTo(400);
            assertThat(app.payments.findByContract(contract)).isEmpty();
        }

        @Test
        void givenProviderAnswers_whenCheckedOut_then402ForNoFunds_400ForBadAccount_503WithRetryAfterWhenDown() {
            ContractId contract = scenario.confirmedContract();
            ApiClient.Answer noFunds = api.post("/api/v1/payments/checkout", checkoutBody(contract, BUYER, "20"));
            assertThat(noFunds.status()).isEqualTo(402);
            assertThat((String) noFunds.get("reason")).contains("Insufficient funds");
            assertThat(api.post("/api/v1/payments/checkout", checkoutBody(contract, BUYER, "30"))
                            .status())
                    .isEqualTo(400);
            app.gateway.setUnavailable(true);
            try {
                ApiClient.Answer down = api.post("/api/v1/payments/checkout", checkoutBody(contract, BUYER, "100"));
                assertThat(down.status()).isEqualTo(503);
                assertThat(down.headers().firstValue("Retry-After")).contains("60");
                assertThat(api.get("/api/v1/payments/balance").status()).isEqualTo(503);
            } finally {
                app.gateway.setUnavailable(false);
            }
        }
    }

    @Nested
    class Webhook {
        @Test
        void givenAnAllowedCallbackWhoseBodyIsNoJson_whenPosted_then400_andCountedAsMalformed() {
            RecordingCallbackRefusals refusals = open.getApplicationContext().getBean(RecordingCallbackRefusals.class);
            int before = refusals.count(Reason.MALFORMED);
            ApiClient.Answer answer =
                    api.withKey(null).postWith("/api/v1/payments/webhook", "text/plain", "Success KES 10", Map.of());
            assertThat(answer.status()).isEqualTo(400);
            assertThat(refusals.count(Reason.MALFORMED)).isEqualTo(before + 1);
        }

        @Test
        void givenJsonSuccess_whenPostedTwice_thenLockedOnceAndTheSecondIsADuplicate() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "175000").payment();
            String provider = payment.lifecycle().providerTransactionId().orElseThrow();
            app.gateway.complete(provider, "Success"); // the payer approved: the provider confirms the callback
            ApiClient anonymous = api.withKey(null);
            ApiClient.Answer first = anonymous.postWith(
                    "/api/v1/payments/webhook", "application/json", successJson(provider, "KES 175000.0000"), Map.of());
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json())
                    .containsEntry("status", "webhook_processed")
                    .containsEntry("transaction_id", provider)
                    .containsEntry("outcome", "applied");
            ApiClient.Answer second = anonymous.postWith(
                    "/api/v1/payments/webhook", "application/json", successJson(provider, "KES 175000.0000"), Map.of());
            assertThat(second.json()).containsEntry("outcome", "duplicate");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
            assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(app.ledger.forContract(contract)).hasSize(1);
        }

        @Test
        void
                givenAnUnsignedSuccessForACheckoutThePayerNeverApproved_whenPosted_thenNothingMovesAndAContradictionIsFlagged() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "175000").payment();
            String provider = payment.lifecycle().providerTransactionId().orElseThrow();
            ApiClient anonymous = api.withKey(null);

            ApiClient.Answer whilePending = anonymous.postWith(
                    "/api/v1/payments/webhook", "application/json", successJson(provider, "KES 175000.0000"), Map.of());
            assertThat(whilePending.status()).isEqualTo(200);
            assertThat(whilePending.json()).containsEntry("outcome", "awaiting_confirmation");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .as("the prompt is still open")
                    .isEqualTo(PaymentStatus.PENDING);

            app.gateway.complete(provider, "Failed"); // the payer cancelled the prompt
            ApiClient.Answer forged = anonymous.postWith(
                    "/api/v1/payments/webhook", "application/json", successJson(provider, "KES 175000.0000"), Map.of());
            assertThat(forged.json()).containsEntry("outcome", "mismatch");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PENDING);
            assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.CONFIRMED);
            assertThat(app.ledger.forContract(contract)).isEmpty();
            ApiClient.Answer flagged = api.get("/api/v1/payments/events/flagged?limit=100");
            assertThat(flagged.body()).contains(provider, "the provider does not confirm it");
        }

        @Test
        void givenAForgedPayoutFailureThatTheProviderPaid_whenPosted_thenThePayoutStaysSentAndItIsFlagged() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(new com.voicepact.application.escrow.port.in.DeliveryCommand(
                    payment.contractId(),
                    com.voicepact.domain.testdata.ContractBuilder.SELLER,
                    null,
                    com.voicepact.domain.contract.Channel.USSD,
                    com.voicepact.domain.audit.Actor.party(com.voicepact.domain.testdata.ContractBuilder.SELLER)));
            app.delivery.acceptDelivery(new com.voicepact.application.escrow.port.in.DeliveryCommand(
                    payment.contractId(),
                    com.voicepact.domain.testdata.ContractBuilder.BUYER,
                    null,
                    com.voicepact.domain.contract.Channel.SMS,
                    com.voicepact.domain.audit.Actor.party(com.voicepact.domain.testdata.ContractBuilder.BUYER)));
            for (int i = 0;
                    i < 5
                            && app.payments
                                            .findById(payment.id())
                                            .orElseThrow()
                                            .payouts()
                                            .get(0)
                                            .providerId()
                                    == null;
                    i++) {
                app.dispatcher.dispatchDue();
            }
            String payout = app.payments
                    .findById(payment.id())
                    .orElseThrow()
                    .payouts()
                    .get(0)
                    .providerId();
            assertThat(payout)
                    .as(app.payments
                            .findById(payment.id())
                            .orElseThrow()
                            .payouts()
                            .toString())
                    .isNotNull();
            app.gateway.complete(payout, "Success");

            ApiClient.Answer forged = api.withKey(null)
                    .postWith(
                            "/api/v1/payments/webhook",
                            "application/json",
                            "{\"transactionId\": \"" + payout
                                    + "\", \"category\": \"MobileB2C\", \"status\": \"Failed\","
                                    + " \"description\": \"Insufficient funds\"}",
                            Map.of());
            assertThat(forged.status()).isEqualTo(200);
            assertThat(forged.json()).containsEntry("outcome", "mismatch");
            assertThat(app.payments
                            .findById(payment.id())
                            .orElseThrow()
                            .payouts()
                            .get(0)
                            .state())
                    .as("not put back into escrow, from where it could be paid again")
                    .isEqualTo(com.voicepact.domain.payment.PayoutState.SENT);
        }

        @Test
        void givenFormEncodedFailure_whenPosted_thenFailedWithTheDescription() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "5000").payment();
            app.gateway.complete(payment.lifecycle().providerTransactionId().orElseThrow(), "Failed");
            ApiClient.Answer answer = api.withKey(null)
                    .postWith(
                            "/api/v1/payments/webhook",
                            "application/x-www-form-urlencoded",
                            "transactionId="
                                    + payment.lifecycle()
                                            .providerTransactionId()
                                            .orElseThrow()
                                    + "&status=Failed&phoneNumber=%2B254712345678&amount=5000.0&description=Insufficient+funds",
                            Map.of());
            assertThat(answer.status()).isEqualTo(200);
            EscrowPayment failed = app.payments.findById(payment.id()).orElseThrow();
            assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
            assertThat(failed.lifecycle().failureReason()).contains("Insufficient funds");
        }

        @Test
        void givenUnknownOrMismatchedOrContradictoryEvents_whenPosted_then200FlaggedAndNothingApplied() {
            ApiClient anonymous = api.withKey(null);
            assertThat(anonymous
                            .postWith(
                                    "/api/v1/payments/webhook",
                                    "application/json",
                                    successJson("ATPid_ghost", "KES 10.00"),
                                    Map.of())
                            .json())
                    .as("the provider has no such movement")
                    .containsEntry("outcome", "mismatch");
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "5000").payment();
            String provider = payment.lifecycle().providerTransactionId().orElseThrow();
            app.gateway.complete(provider, "Success");
            assertThat(anonymous
                            .postWith(
                                    "/api/v1/payments/webhook",
                                    "application/json",
                                    successJson(provider, "KES 4999.00"),
                                    Map.of())
                            .json())
                    .containsEntry("outcome", "mismatch");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PENDING);
            assertThat(anonymous
                            .postWith(
                                    "/api/v1/payments/webhook",
                                    "application/json",
                                    successJson(provider, "KES 5000.00"),
                                    Map.of())
                            .json())
                    .as("a wrong amount does not block the right one")
                    .containsEntry("outcome", "applied");
            ApiClient.Answer lateFailure = anonymous.postWith(
                    "/api/v1/payments/webhook",
                    "application/x-www-form-urlencoded",
                    "transactionId=" + provider + "&status=Failed&description=Timeout",
                    Map.of());
            assertThat(lateFailure.json()).as("the provider says it was paid").containsEntry("outcome", "mismatch");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
        }

        @Test
        void givenMalformedBodies_whenPosted_then400AndNothingRecorded() {
            ApiClient anonymous = api.withKey(null);
            int flagged = app.providerEvents.flagged().size();
            assertThat(anonymous
                            .postWith("/api/v1/payments/webhook", "application/json", "{\"transactionId\": ", Map.of())
                            .status())
                    .isEqualTo(400);
            assertThat(anonymous
                            .postWith(
                                    "/api/v1/payments/webhook",
                                    "application/x-www-form-urlencoded",
                                    "=&&status",
                                    Map.of())
                            .status())
                    .isEqualTo(400);
            assertThat(anonymous
                            .postWith(
                                    "/api/v1/payments/webhook",
                                    "application/json",
                                    "{\"transactionId\": \"ATPid_1\", \"status\": \"Maybe\"}",
                                    Map.of())
                            .status())
                    .isEqualTo(400);
            assertThat(app.providerEvents.flagged()).hasSize(flagged);
            ApiClient.Answer longId = anonymous.postWith(
                    "/api/v1/payments/webhook",
                    "application/json",
                    "{\"transactionId\": \"" + "A".repeat(406) + "\", \"status\": \"Success\", \"value\": \"KES 10\"}",
                    Map.of());
            assertThat(longId.status()).isEqualTo(400);
            assertThat((String) longId.get("reason")).isEqualTo("transactionId is longer than 100 characters");
            ApiClient.Answer broken = anonymous.postWith(
                    "/api/v1/payments/webhook", "application/json", "{\"transactionId\": ", Map.of());
            assertThat(broken.body())
                    .as("no parser internals")
                    .doesNotContain(
                            "line:", "column", "Unexpected", "JsonParse", "Jackson", "com.fasterxml", "end-of-input");
        }

        @Test
        void givenAtsNonePlaceholderInJson_whenPosted_thenReadAsAbsentAndTheEventApplied() {
            ApiClient anonymous = api.withKey(null);
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "5000").payment();
            String provider = payment.lifecycle().providerTransactionId().orElseThrow();
            app.gateway.complete(provider, "Success");
            String body = "{\"transactionId\": \"" + provider
                    + "\", \"category\": \"MobileCheckout\", \"status\": \"Success\","
                    + " \"value\": \"KES 5000.00\", \"transactionFee\": \"None\", \"description\": \"None\"}";
            ApiClient.Answer answer =
                    anonymous.postWith("/api/v1/payments/webhook", "application/json", body, Map.of());
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json()).containsEntry("outcome", "applied");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
        }
    }

    @Nested
    class CallbackAuthentication {
        private static final String SECRET = "proxy-signing-secret";
        private static final String TOKEN = "s3cr3t-callback-token";

        private ApiClient signedServer() {
            return client(server("signed", Map.of("test.callback.token", TOKEN, "test.callback.secret", SECRET)))
                    .withKey(null);
        }

        private Map<String, String> signature(String body, long timestamp) {
            CallbackSignature.Signed signed =
                    new CallbackSignature(SECRET).sign(java.time.Instant.ofEpochSecond(timestamp), body);
            return Map.of(
                    CallbackSignature.SIGNATURE_HEADER,
                    signed.signature(),
                    CallbackSignature.TIMESTAMP_HEADER,
                    signed.timestamp());
        }

        @Test
        void givenTokenAndValidSignature_whenPosted_thenProcessedOnce_andTheReplayRefused() {
            ApiClient signed = signedServer();
            String body = successJson("ATPid_signed", "KES 10.00");
            Map<String, String> headers =
                    signature(body, java.time.Instant.now().getEpochSecond());
            assertThat(signed.postWith("/api/v1/payments/webhook/" + TOKEN, "application/json", body, headers)
                            .status())
                    .isEqualTo(200);
            ApiClient.Answer replay =
                    signed.postWith("/api/v1/payments/webhook/" + TOKEN, "application/json", body, headers);
            assertThat(replay.status()).isEqualTo(401);
            assertThat((String) replay.get("reason")).contains("replay");
            assertThat(servers.get("signed")
                            .getApplicationContext()
                            .getBean(RecordingCallbackRefusals.class)
                            .count(Reason.REPLAYED))
                    .isPositive();
        }

        @Test
        void givenForgedCallbacks_whenPosted_then401AndNothingRecorded_andEachRefusalCountedByItsReason() {
            ApiClient signed = signedServer();
            InMemoryVoicePact signedApp =
                    servers.get("signed").getApplicationContext().getBean(InMemoryVoicePact.class);
            RecordingCallbackRefusals refusals =
                    servers.get("signed").getApplicationContext().getBean(RecordingCallbackRefusals.class);
            Map<Reason, Integer> before = refusals.counts();
            String body = successJson("ATPid_forged", "KES 10.00");
            long now = java.time.Instant.now().getEpochSecond();
            assertThat(signed.postWith(
                                    "/api/v1/payments/webhook/wrong-token",
                                    "application/json",
                                    body,
                                    signature(body, now))
                            .status())
                    .isEqualTo(401);
            assertThat(signed.postWith("/api/v1/payments/webhook", "application/json", body, signature(body, now))
                            .status())
                    .as("no token")
                    .isEqualTo(401);
            assertThat(signed.postWith("/api/v1/payments/webhook/" + TOKEN, "application/json", body, Map.of())
                            .status())
                    .as("no signature")
                    .isEqualTo(401);
            assertThat(signed.postWith(
                                    "/api/v1/payments/webhook/" + TOKEN,
                                    "application/json",
                                    body.replace("10.00", "99.00"),
                                    signature(body, now))
                            .status())
                    .as("body changed after signing")
                    .isEqualTo(401);
            assertThat(signed.postWith(
                                    "/api/v1/payments/webhook/" + TOKEN,
                                    "application/json",
                                    body,
                                    signature(body, now - 600))
                            .status())
                    .as("outside the replay window")
                    .isEqualTo(401);
            assertThat(signed.postWith(
                                    "/api/v1/payments/webhook?token=" + TOKEN,
                                    "application/json",
                                    body,
                                    signature(body, now))
                            .status())
                    .as("token as a query parameter")
                    .isEqualTo(200);
            assertThat(signedApp.providerEvents.flagged())
                    .filteredOn(e -> e.providerTransactionId().equals("ATPid_forged"))
                    .as("only the authentic one was recorded")
                    .hasSize(1);
            assertThat(refusals.counts())
                    .containsEntry(Reason.WRONG_TOKEN, before.getOrDefault(Reason.WRONG_TOKEN, 0) + 2)
                    .containsEntry(Reason.UNSIGNED, before.getOrDefault(Reason.UNSIGNED, 0) + 1)
                    .containsEntry(Reason.FORGED, before.getOrDefault(Reason.FORGED, 0) + 1)
                    .containsEntry(Reason.STALE, before.getOrDefault(Reason.STALE, 0) + 1);
        }

        @Test
        void givenASignedSmsWeFailedToHandle_whenTheSameSignedRequestComesAgain_thenItIsHandled_andOnlyThenAReplay() {
            ApiClient signed = signedServer();
            InMemoryVoicePact signedApp =
                    servers.get("signed").getApplicationContext().getBean(InMemoryVoicePact.class);
            com.voicepact.domain.contract.ContractId id = signedApp
                    .create
                    .create(com.voicepact.application.fakes.CreateContractCommands.maizeDeal())
                    .id();
            String body =
                    "from=%2B254712345678&to=40404&text=YES-" + id + "&date=2026-03-02&id=ATXid_signed503&linkId=L1";
            Map<String, String> headers =
                    signature(body, java.time.Instant.now().getEpochSecond());
            String url = "/api/v1/sms/webhook/" + TOKEN;
            WebTestApplication.SMS_CONFIRM_FAILS.set(true);
            try {
                assertThat(signed.postWith(url, "application/x-www-form-urlencoded", body, headers)
                                .status())
                        .isEqualTo(503);
            } finally {
                WebTestApplication.SMS_CONFIRM_FAILS.set(false);
            }
            ApiClient.Answer resent = signed.postWith(url, "application/x-www-form-urlencoded", body, headers);
            assertThat(resent.status()).as(resent.body()).isEqualTo(200);
            assertThat(resent.json()).containsEntry("outcome", "applied");
            assertThat(signedApp
                            .queries
                            .get(id)
                            .agreement()
                            .hasConfirmed(com.voicepact.domain.testdata.ContractBuilder.BUYER))
                    .isTrue();
            ApiClient.Answer replay = signed.postWith(url, "application/x-www-form-urlencoded", body, headers);
            assertThat(replay.status()).as("handled once: now it is a replay").isEqualTo(401);
        }

        @Test
        void givenSourceOutsideTheAllowlist_whenPosted_then403() {
            ApiClient foreign = client(server("foreign", Map.of("test.callback.allowed", "10.0.0.0/8")))
                    .withKey(null);
            ApiClient.Answer answer = foreign.postWith(
                    "/api/v1/payments/webhook", "application/json", successJson("ATPid_x", "KES 1.00"), Map.of());
            assertThat(answer.status()).isEqualTo(403);
            assertThat((String) answer.get("reason")).contains("not allowed");
            assertThat(servers.get("foreign")
                            .getApplicationContext()
                            .getBean(RecordingCallbackRefusals.class)
                            .count(Reason.SOURCE_NOT_ALLOWED))
                    .isEqualTo(1);
        }
    }

    @Nested
    class Escrow {
        @Test
        void givenConfirmedByAsASingleText_whenReleased_then400NamingTheFieldAndTheTypeItTakes() {
            ApiClient.Answer wrong = api.post("/api/v1/payments/release", """
                    {"contract_id": "AG-2026-000999", "transaction_id": "%s", "confirmed_by": "+254712345678"}""".formatted(java.util.UUID.randomUUID()));

            assertThat(wrong.status()).isEqualTo(400);
            assertThat((String) wrong.get("reason")).contains("confirmed_by").contains("list");
            assertThat(wrong.body()).doesNotContain("Exception", "com.voicepact", "Jackson", "Serde");
        }

        @Test
        void givenLockedPayment_whenReleasedEarly_then409ListingWhatIsMissing_thenDeliveryAndAcceptanceReleaseIt() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            String contract = payment.contractId().value();
            ApiClient.Answer early = api.post("/api/v1/payments/release", """
                    {"contract_id": "%s", "transaction_id": "%s", "confirmed_by": ["+254712345678", "+254722000111"]}""".formatted(contract, payment.id()));
            assertThat(early.status()).isEqualTo(409);
            assertThat((String) early.get("reason")).contains("delivery report").contains("acceptance");
            assertThat(api.post("/api/v1/contracts/" + contract + "/delivery", "{\"phone_number\": \"+254712345678\"}")
                            .status())
                    .as("the buyer cannot report delivery")
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/contracts/" + contract + "/delivery", "{\"phone_number\": \"+254722000111\"}")
                            .status())
                    .isEqualTo(200);
            assertThat(api.post(
                                    "/api/v1/contracts/" + contract + "/delivery/accept",
                                    "{\"phone_number\": \"0712345678\"}")
                            .status())
                    .isEqualTo(200);
            ApiClient.Answer lateDispute = api.post(
                    "/api/v1/contracts/" + contract + "/dispute",
                    "{\"phone_number\": \"+254712345678\", \"reason\": \"wet maize\"}");
            assertThat(lateDispute.status())
                    .as("a dispute after the release started")
                    .isEqualTo(409);
            assertThat((String) lateDispute.get("reason"))
                    .isEqualTo(
                            "dispute on " + contract + " not opened: the buyer accepted the"
                                    + " delivery, so the payment to the seller has started; a dispute can no longer stop it. Please call support");
            ApiClient.Answer status = api.get("/api/v1/payments/status/" + payment.id());
            assertThat(status.json())
                    .containsEntry("status", "releasing")
                    .containsEntry("recipient_phone", "+254722000111");
            assertThat(status.<List<?>>get("payouts")).hasSize(1);
            assertThat(api.post(
                                    "/api/v1/payments/refund",
                                    "{\"transaction_id\": \"%s\", \"reason\": \"x\"}".formatted(payment.id()))
                            .status())
                    .isEqualTo(409);
            assertThat(api.get("/api/v1/payments/history/" + contract).<List<?>>get("transactions"))
                    .hasSize(1);
            assertThat(api.get("/api/v1/payments/contract/" + contract).<List<?>>get("payments"))
                    .hasSize(1);
            assertThat(api.get("/api/v1/payments/" + payment.id()).json())
                    .containsEntry("transaction_id", payment.id().value());
            assertThat(api.get("/api/v1/payments/TXN-AG-2026-999999-001").status())
                    .isEqualTo(404);
        }

        @Test
        void givenDisputeWithAReasonAsLongAsAMultiPartSms_whenRaised_thenOpened_andOnlyALongerOneRefusedWithTheLimit() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            String contract = payment.contractId().value();
            String reason = "Half of the bags were soaked by rain and the maize is mouldy. "
                    .repeat(11)
                    .substring(0, 622);
            assertThat(api.post(
                                    "/api/v1/contracts/" + contract + "/dispute",
                                    "{\"phone_number\": \"+254712345678\", \"reason\": \"" + "x".repeat(1601) + "\"}")
                            .<String>get("reason"))
                    .isEqualTo("dispute reason must be at most 1600 characters");
            assertThat(api.post(
                                    "/api/v1/contracts/" + contract + "/dispute",
                                    "{\"phone_number\": \"+254712345678\", \"reason\": \"" + reason + "\"}")
                            .json())
                    .containsEntry("status", "disputed");
            assertThat(app.queries
                            .get(payment.contractId())
                            .fulfilment()
                            .dispute()
                            .orElseThrow()
                            .reason())
                    .isEqualTo(reason.strip());
        }

        @Test
        void givenDispute_whenResolvedForTheBuyer_thenRefundStarted_andRefundEndpointRefusesASecondOne() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            String contract = payment.contractId().value();
            assertThat(api.post(
                                    "/api/v1/contracts/" + contract + "/dispute",
                                    "{\"phone_number\": \"+254712345678\", \"reason\": \"wet maize\"}")
                            .json())
                    .containsEntry("status", "disputed");
            assertThat(api.post("/api/v1/contracts/" + contract + "/dispute/resolve", "{\"resolution\": \"sideways\"}")
                            .status())
                    .isEqualTo(400);
            assertThat(api.post("/api/v1/contracts/" + contract + "/dispute/resolve", "{\"resolution\": \"refund\"}")
                            .json())
                    .containsEntry("status", "cancelled");
            assertThat(api.get("/api/v1/payments/status/" + payment.id()).json())
                    .containsEntry("status", "refunding");
            assertThat(api.post(
                                    "/api/v1/payments/refund",
                                    "{\"transaction_id\": \"%s\", \"reason\": \"again\"}".formatted(payment.id()))
                            .status())
                    .isEqualTo(409);
        }

        @Test
        void
                givenAProviderThatListsNoMovements_whenReconciled_thenAnsweredNotCleanWithWhatTheOperatorMustCheckByHand() {
            String window = "/api/v1/payments/reconciliation?from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z";
            // the application is shared by this class's tests: count the payment this test adds, not the others'
            int before = ((Number) api.get(window).json().get("payments_checked")).intValue();
            scenario.activeContractWithLockedPayment();
            app.gateway.listNoMovements("M-Pesa Daraja lists no transactions: compare with the M-Pesa statement");
            var report = api.get(window);
            assertThat(report.status())
                    .as("not an outage: asking again will not help")
                    .isEqualTo(200);
            assertThat(report.json())
                    .containsEntry("clean", false)
                    .containsEntry("provider_checked", false)
                    .containsEntry(
                            "provider_unchecked",
                            "M-Pesa Daraja lists no transactions: compare with the M-Pesa statement")
                    .containsEntry("payments_checked", before + 1)
                    .containsEntry("mismatches", List.of());
        }

        @Test
        void givenWalletAndSandbox_whenQueried_thenAnswered() {
            assertThat(api.get("/api/v1/payments/balance").json()).containsKeys("balance", "currency", "updated_at");
            assertThat(api.get("/api/v1/payments/wallet/balance").json()).containsEntry("status", "Success");
            assertThat(api.post("/api/v1/payments/test/checkout?phone_number=%2B254711000000&amount=10", null)
                            .json())
                    .containsEntry("status", "pending");
            assertThat(api.post("/api/v1/payments/test/checkout?phone_number=%2B254711000001&amount=10", null)
                            .json())
                    .containsEntry("status", "failed");
            assertThat(api.withKey(null).get("/api/v1/payments/balance").status())
                    .isEqualTo(401);
            assertThat(api.get("/api/v1/payments/reconciliation?from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z")
                            .json())
                    .containsKey("mismatches")
                    .containsEntry("provider_checked", true)
                    .containsEntry("provider_unchecked", null);
            assertThat(api.get("/api/v1/payments/reconciliation?from=yesterday&to=today")
                            .status())
                    .isEqualTo(400);
        }
    }
}
