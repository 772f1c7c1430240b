package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.domain.common.CallbackSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /management/prometheus} over HTTP before and after an escrow journey on the running service (H2, the
 * in-memory providers, signed callbacks): the business metrics move as the journey goes, and a forged callback is
 * counted as refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusEndToEndTest {

    private static final String KEY = "prometheus-e2e-operator-key";
    private static final String SECRET = "signing-proxy-secret";
    private static final String HELD = "voicepact_escrow_held{currency=\"KES\"}";
    private static final String REFUSED_FORGED = "voicepact_callbacks_refused_total{reason=\"forged\"}";
    private ApplicationContext service;
    private URI base;
    private InMemoryPaymentGateway gateway;

    @BeforeAll
    void start() throws IOException {
        Path dataDir = Files.createTempDirectory("voicepact-prometheus-e2e");
        service = Application.start(
                Map.of(
                        "VOICEPACT_DATA_DIR", dataDir.toString(),
                        "VOICEPACT_API_KEYS", OperatorKeys.sha256Hex(KEY),
                        "WEBHOOK_SECRET", SECRET),
                Map.of(
                        "micronaut.server.port", -1,
                        "test.in-memory-providers", "true",
                        "voicepact.dispatch-interval", "200ms",
                        "voicepact.africastalking.enabled", "false",
                        "voicepact.mpesa.enabled", "false",
                        "voicepact.metrics.figures-max-age", "100ms"));
        base = service.getBean(EmbeddedServer.class).getURI();
        gateway = service.getBean(InMemoryPaymentGateway.class);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    @Test
    void givenAJourney_whenScrapedBeforeAndAfter_thenTheBusinessMetricsMoved() throws Exception {
        Map<String, Double> before = scrape();
        assertThat(before).containsKeys(HELD, REFUSED_FORGED, series("voicepact_contracts", "status", "completed"));

        String contract = confirmedContract();
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                KEY,
                "{\"contract_id\": \"%s\", \"phone_number\": \"+254712345678\", \"amount\": 9000}".formatted(contract));
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
        String providerId = (String) Eventually.json(service, checkout.body()).get("external_transaction_id");
        String transactionId =
                (String) Eventually.json(service, checkout.body()).get("transaction_id");
        gateway.complete(providerId, "Success");
        assertThat(signed("/api/v1/payments/webhook", "application/json", notification(providerId, "MobileCheckout"))
                        .statusCode())
                .isEqualTo(200);
        awaitMetric(HELD, before.get(HELD) + 9000, "the paid checkout held in escrow");

        Http.post(base, "/api/v1/contracts/" + contract + "/delivery", KEY, "{\"phone_number\": \"0722000111\"}");
        Http.post(
                base, "/api/v1/contracts/" + contract + "/delivery/accept", KEY, "{\"phone_number\": \"0712345678\"}");
        String payoutId = awaitPayoutSent(transactionId);
        gateway.complete(payoutId, "Success");
        assertThat(signed("/api/v1/payments/webhook", "application/json", notification(payoutId, "MobileB2C"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(signed(
                                "/api/v1/sms/delivery-report",
                                "application/x-www-form-urlencoded",
                                "id=ATXid_1&status=Success&phoneNumber=%2B254712345678&networkCode=63902")
                        .statusCode())
                .isEqualTo(200);
        assertThat(signed(
                                "/api/v1/ussd/",
                                "application/x-www-form-urlencoded",
                                "sessionId=ATUid_prom&serviceCode=%2A384%2A123%23&phoneNumber=%2B254712345678"
                                        + "&networkCode=63902&text=")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> forged = forgedCallback(notification(providerId, "MobileCheckout"));
        assertThat(forged.statusCode()).isEqualTo(401);

        awaitMetric(
                series("voicepact_contracts", "status", "completed"),
                before.get(series("voicepact_contracts", "status", "completed")) + 1,
                "the contract completed");
        Map<String, Double> after = scrape();
        assertThat(after.get(HELD)).as("the escrow paid out").isEqualTo(before.get(HELD));
        assertMoved(before, after, series("voicepact_checkouts", "status", "released"), 1);
        assertMoved(before, after, "voicepact_payouts{kind=\"release\",state=\"confirmed\"}", 1);
        assertMoved(before, after, series("voicepact_sms", "status", "success"), 1);
        assertThat(after.get(series("voicepact_sms", "status", "sent")))
                .as("SMS of the journey sent, not yet reported")
                .isGreaterThan(before.get(series("voicepact_sms", "status", "sent")));
        assertMoved(before, after, REFUSED_FORGED, 1);
        assertThat(sum(after, "voicepact_ussd_hops_seconds_count"))
                .isEqualTo(sum(before, "voicepact_ussd_hops_seconds_count") + 1);
        assertThat(sum(after, "voicepact_contracts{")).isEqualTo(sum(before, "voicepact_contracts{") + 1);
        assertThat(after.keySet().stream().map(s -> s.replaceFirst("\\{.*", "")).distinct())
                .as("every metric docs/operations.md's alert rules use (circuits need AT: BusinessMetricsTest)")
                .containsAll(metricsInTheAlertRules());
    }

    private static List<String> metricsInTheAlertRules() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "operations.md"));
        String rules = doc.substring(doc.indexOf("### Alert rules"));
        return java.util.regex.Pattern.compile("voicepact_[a-z_]+")
                .matcher(rules)
                .results()
                .map(java.util.regex.MatchResult::group)
                .filter(name -> !name.equals("voicepact_circuit_state"))
                .distinct()
                .toList();
    }

    @Test
    void givenAScrape_whenItsHelpIsRead_thenTheEscrowGaugeSaysItsUnit() {
        assertThat(Http.get(base, "/management/prometheus", KEY).body())
                .containsPattern("# HELP voicepact_escrow_held .*major units of the currency as a decimal")
                .contains("# TYPE voicepact_callbacks_refused_total counter");
    }

    @Test
    void givenNoKey_whenScraped_thenRefusedAsEveryOperatorCall() {
        assertThat(Http.get(base, "/management/prometheus", null).statusCode()).isEqualTo(401);
    }

    private static void assertMoved(Map<String, Double> before, Map<String, Double> after, String series, double by) {
        assertThat(after.get(series)).as(series).isEqualTo(before.get(series) + by);
    }

    private static String series(String name, String label, String value) {
        return name + "{" + label + "=\"" + value + "\"}";
    }

    private static double sum(Map<String, Double> scrape, String prefix) {
        return scrape.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** The Prometheus text format read into series (name and labels as written) and values; comments skipped. */
    private Map<String, Double> scrape() {
        HttpResponse<String> response = Http.get(base, "/management/prometheus", KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        Map<String, Double> series = new HashMap<>();
        response.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
            int space = line.lastIndexOf(' ');
            series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        });
        return series;
    }

    private void awaitMetric(String series, double expected, String what) throws InterruptedException {
        Eventually.await(
                what + ": " + series + " = " + expected,
                () -> Double.valueOf(expected).equals(scrape().get(series)));
    }

    private String confirmedContract() throws IOException {
        return ConfirmedContracts.create(service, base, KEY, 900);
    }

    @SuppressWarnings("unchecked")
    private String awaitPayoutSent(String transactionId) throws InterruptedException {
        String[] sent = new String[1];
        Eventually.await("the dispatcher sends the payout", () -> {
            Map<String, Object> payment = Eventually.quietly(() -> Eventually.json(
                    service,
                    Http.get(base, "/api/v1/payments/status/" + transactionId, KEY)
                            .body()));
            List<Map<String, Object>> payouts =
                    payment == null ? List.of() : (List<Map<String, Object>>) payment.get("payouts");
            if (!payouts.isEmpty() && "sent".equals(payouts.get(0).get("state"))) {
                sent[0] = (String) payouts.get(0).get("external_transaction_id");
            }
            return sent[0] != null;
        });
        return sent[0];
    }

    private static String notification(String providerId, String category) {
        return """
                {"transactionId": "%s", "category": "%s", "status": "Success", "value": "KES 9000.0000",
                 "transactionFee": "KES 10.00", "description": "ok"}""".formatted(providerId, category);
    }

    private HttpResponse<String> signed(String path, String type, String body) throws Exception {
        return post(path, type, body, new CallbackSignature(SECRET).sign(Instant.now(), body));
    }

    /** Signed with the right secret over another body: what a forger who copied headers would send. */
    private HttpResponse<String> forgedCallback(String body) throws Exception {
        return post(
                "/api/v1/payments/webhook",
                "application/json",
                body.replace("9000", "90000"),
                new CallbackSignature(SECRET).sign(Instant.now(), body));
    }

    private HttpResponse<String> post(String path, String type, String body, CallbackSignature.Signed signature)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", type)
                .header(CallbackSignature.TIMESTAMP_HEADER, signature.timestamp())
                .header(CallbackSignature.SIGNATURE_HEADER, signature.signature())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
