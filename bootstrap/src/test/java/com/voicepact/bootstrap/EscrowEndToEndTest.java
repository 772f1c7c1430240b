package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.domain.common.CallbackSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The escrow journey on the running service over HTTP, on PostgreSQL, with the in-memory provider:
 * create, confirm, checkout, signed notification, delivery, acceptance, automatic release, payout
 * notification, completion; plus refusals that must change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscrowEndToEndTest {

    private static final String KEY = "escrow-e2e-operator-key";
    private static final String SECRET = "signing-proxy-secret";
    private EmbeddedPostgres postgres;
    private ApplicationContext service;
    private URI base;
    private InMemoryPaymentGateway gateway;

    private Path dataDir;

    @BeforeAll
    void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataDir = java.nio.file.Files.createTempDirectory("voicepact-escrow-e2e");
        service = Application.start(
                Map.of(
                        "DATABASE_URL",
                        postgres.getJdbcUrl("postgres", "postgres"),
                        "DATABASE_USERNAME",
                        "postgres",
                        "DATABASE_PASSWORD",
                        "postgres",
                        "VOICEPACT_API_KEYS",
                        OperatorKeys.sha256Hex(KEY),
                        "VOICEPACT_AUDIT_KEY",
                        "an-audit-key-of-at-least-thirty-two-bytes",
                        "VOICEPACT_DATA_DIR",
                        dataDir.toString(),
                        "WEBHOOK_SECRET",
                        SECRET,
                        "MAX_PAYMENT_AMOUNT",
                        "100000000"),
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "test.in-memory-providers",
                        "true",
                        "voicepact.dispatch-interval",
                        "200ms",
                        "voicepact.africastalking.enabled",
                        "false",
                        "voicepact.mpesa.enabled",
                        "false"));
        base = service.getBean(EmbeddedServer.class).getURI();
        gateway = service.getBean(InMemoryPaymentGateway.class);
    }

    @AfterAll
    void stop() throws IOException {
        service.close();
        postgres.close();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(HttpResponse<String> response) throws IOException {
        return service.getBean(JsonMapper.class).readValue(response.body(), Map.class);
    }

    private HttpResponse<String> signedCallback(String body) throws Exception {
        CallbackSignature.Signed signature = new CallbackSignature(SECRET).sign(java.time.Instant.now(), body);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/payments/webhook"))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, signature.timestamp())
                .header(CallbackSignature.SIGNATURE_HEADER, signature.signature())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String notification(String providerId, String category, String value) {
        return """
                {"transactionId": "%s", "category": "%s", "status": "Success", "value": "%s", "transactionFee": "KES 10.00",
                 "description": "ok"}""".formatted(providerId, category, value);
    }

    private String confirmedContract() throws IOException {
        return ConfirmedContracts.create(service, base, KEY, 3500);
    }

    @Test
    void givenConfirmedContract_whenPaidDeliveredAndAccepted_thenPaidOutAndCompleted() throws Exception {
        String contract = confirmedContract();
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                KEY,
                "{\"contract_id\": \"%s\", \"phone_number\": \"+254712345678\", \"amount\": 35000}"
                        .formatted(contract));
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
        String providerId = (String) json(checkout).get("external_transaction_id");
        String transactionId = (String) json(checkout).get("transaction_id");

        gateway.complete(providerId, "Success"); // the payer approved: the provider confirms the callback
        assertThat(signedCallback(notification(providerId, "MobileCheckout", "KES 35000.0000"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(Http.get(base, "/api/v1/contracts/" + contract, KEY))).containsEntry("status", "active");

        Http.post(base, "/api/v1/contracts/" + contract + "/delivery", KEY, "{\"phone_number\": \"0722000111\"}");
        Http.post(
                base, "/api/v1/contracts/" + contract + "/delivery/accept", KEY, "{\"phone_number\": \"0712345678\"}");
        assertThat(json(Http.get(base, "/api/v1/payments/status/" + transactionId, KEY)))
                .containsEntry("status", "releasing");

        String payoutProviderId = awaitPayoutSent(transactionId);
        gateway.complete(payoutProviderId, "Success");
        assertThat(signedCallback(notification(payoutProviderId, "MobileB2C", "KES 35000.0000"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(Http.get(base, "/api/v1/payments/status/" + transactionId, KEY)))
                .containsEntry("status", "released");
        assertThat(json(Http.get(base, "/api/v1/contracts/" + contract, KEY))).containsEntry("status", "completed");
        assertThat(gateway.payouts()).hasSize(1);
        assertThat(json(Http.get(base, "/api/v1/audit/verify", KEY))).containsEntry("intact", true);
        awaitSms("VoicePact Payment Released:");
    }

    /** The operator console's reads on the real wiring and PostgreSQL: an open dispute, its timeline, its decision. */
    @Test
    @SuppressWarnings("unchecked")
    void givenAFundedContractDisputed_whenTheConsoleReadsIt_thenListedWithItsTimelineUntilResolved() throws Exception {
        String contract = confirmedContract();
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                KEY,
                "{\"contract_id\": \"%s\", \"phone_number\": \"+254712345678\", \"amount\": 35000}"
                        .formatted(contract));
        String providerId = (String) json(checkout).get("external_transaction_id");
        gateway.complete(providerId, "Success");
        assertThat(signedCallback(notification(providerId, "MobileCheckout", "KES 35000.0000"))
                        .statusCode())
                .isEqualTo(200);
        Http.post(
                base,
                "/api/v1/contracts/" + contract + "/dispute",
                KEY,
                "{\"phone_number\": \"0712345678\", \"reason\": \"bags were wet\"}");

        List<Map<String, Object>> open = (List<Map<String, Object>>)
                json(Http.get(base, "/api/v1/disputes?limit=100", KEY)).get("disputes");
        assertThat(open)
                .filteredOn(d -> d.get("contract_id").equals(contract))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("held", "35000.00")
                        .containsEntry("raised_by", "+254712345678")
                        .containsEntry("seller", "+254722000111"));
        List<String> kinds = timelineKinds(contract);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!kinds.contains("sms") && System.nanoTime() < deadline) { // the dispatcher sends and logs the SMS
            Thread.sleep(100);
            kinds = timelineKinds(contract);
        }
        assertThat(kinds).startsWith("created").contains("confirmation", "payment", "dispute", "sms", "audit");

        HttpResponse<String> resolved = Http.post(
                base,
                "/api/v1/contracts/" + contract + "/dispute/resolve",
                KEY,
                "{\"resolution\": \"split\", \"seller_share\": 0.5}");
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat((List<Map<String, Object>>)
                        json(Http.get(base, "/api/v1/disputes?limit=100", KEY)).get("disputes"))
                .noneMatch(d -> d.get("contract_id").equals(contract));
        assertThat(json(Http.get(base, "/api/v1/payments/attention", KEY))).containsKeys("items", "total");
        assertThat(json(Http.get(base, "/api/v1/outbox", KEY)))
                .containsKeys("pending", "oldest_pending_at", "given_up");
    }

    @SuppressWarnings("unchecked")
    private List<String> timelineKinds(String contract) throws IOException {
        return ((List<Map<String, Object>>) json(Http.get(base, "/api/v1/contracts/" + contract + "/timeline", KEY))
                        .get("events"))
                .stream().map(e -> (String) e.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    private String awaitPayoutSent(String transactionId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> payouts =
                    (List<Map<String, Object>>) json(Http.get(base, "/api/v1/payments/status/" + transactionId, KEY))
                            .get("payouts");
            if (!payouts.isEmpty() && "sent".equals(payouts.get(0).get("state"))) {
                return (String) payouts.get(0).get("external_transaction_id");
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dispatcher did not send the payout");
    }

    private void awaitSms(String prefix) throws InterruptedException {
        RecordingSmsGateway sms = service.getBean(RecordingSmsGateway.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (sms.sent().stream().anyMatch(s -> s.text().startsWith(prefix))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SMS starting " + prefix);
    }

    @Test
    void givenBadRequests_whenSent_thenRefusedWithTheRightStatusAndNothingChanged() throws Exception {
        String contract = confirmedContract();
        assertThat(Http.post(
                                base,
                                "/api/v1/payments/checkout",
                                KEY,
                                "{\"contract_id\": \"%s\", \"phone_number\": \"0722000111\", \"amount\": 100}"
                                        .formatted(contract))
                        .statusCode())
                .as("a non-buyer payer")
                .isEqualTo(403);
        assertThat(Http.post(
                                base,
                                "/api/v1/payments/checkout",
                                KEY,
                                "{\"contract_id\": \"%s\", \"phone_number\": \"0712345678\", \"amount\": 0.5}"
                                        .formatted(contract))
                        .statusCode())
                .as("below the minimum")
                .isEqualTo(400);
        assertThat(Http.post(base, "/api/v1/payments/checkout", KEY, "{\"contract_id\": ")
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> unsigned =
                Http.post(base, "/api/v1/payments/webhook", null, notification("ATPid_1", "MobileCheckout", "KES 1"));
        assertThat(unsigned.statusCode()).as("unsigned callback").isEqualTo(401);
        assertThat(signedCallback("transactionId=ATPid_1&status=").statusCode())
                .as("malformed body")
                .isEqualTo(400);
        assertThat(json(signedCallback(notification("ATPid_nobody", "MobileCheckout", "KES 5.00"))))
                .as("the provider has no such movement")
                .containsEntry("outcome", "mismatch");
        assertThat(json(Http.get(base, "/api/v1/payments/history/" + contract, KEY)))
                .extracting(m -> ((List<?>) m.get("transactions")).size())
                .isEqualTo(0);
        assertThat(json(Http.get(base, "/api/v1/contracts/" + contract, KEY))).containsEntry("status", "confirmed");
    }
}
