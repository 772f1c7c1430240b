package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.domain.common.CallbackSignature;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * {@code LOG_FORMAT=json} with the service's own {@code logback.xml}: every log line is one JSON object, and the
 * request id of a payment callback (its {@code X-Request-Id}, answered back) is on the lines of what it caused later:
 * the SMS the outbox dispatcher sends on another thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonLogsEndToEndTest {

    private static final String KEY = "json-logs-operator-key";
    private static final String SECRET = "signing-proxy-secret";
    private static final String DISPATCHER = "com.voicepact.application.operations.service.DispatchOutboxService";
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;
    private ApplicationContext service;
    private URI base;

    @BeforeAll
    void start() throws Exception {
        original = System.out;
        System.setOut(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
        configureLogback(Map.of("LOG_FORMAT", "json"));
        service = Application.start(
                Map.of(
                        "VOICEPACT_DATA_DIR",
                        Files.createTempDirectory("voicepact-json-logs").toString(),
                        "VOICEPACT_API_KEYS",
                        OperatorKeys.sha256Hex(KEY),
                        "WEBHOOK_SECRET",
                        SECRET,
                        "LOG_FORMAT",
                        "json"),
                Map.of(
                        "micronaut.server.port", -1,
                        "test.in-memory-providers", "true",
                        "voicepact.dispatch-interval", "200ms",
                        "voicepact.africastalking.enabled", "false",
                        "voicepact.mpesa.enabled", "false"));
        base = service.getBean(EmbeddedServer.class).getURI();
    }

    @AfterAll
    void stop() throws Exception {
        service.close();
        System.setOut(original);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig(); // back to the configuration every other test class logs with
    }

    /** The service's logback.xml, read as at start with the given properties (as the environment would give them). */
    private static void configureLogback(Map<String, String> properties) throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        properties.forEach(context::putProperty);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(JsonLogsEndToEndTest.class.getResource("/logback.xml"));
    }

    @Test
    void givenACallbackAndAnAcceptanceWithRequestIds_whenTheirSmsAndPayoutAreDispatchedLater_thenThoseLinesCarryTheIds()
            throws Exception {
        String contract = confirmedContract();
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                KEY,
                "{\"contract_id\": \"%s\", \"phone_number\": \"+254712345678\", \"amount\": 9000}".formatted(contract));
        String providerId = (String) Eventually.json(service, checkout.body()).get("external_transaction_id");
        service.getBean(InMemoryPaymentGateway.class).complete(providerId, "Success");
        long dispatchedBefore = dispatcherLines().size();

        HttpResponse<String> callback = signedCallback(providerId, "cb-7f3a-42");

        assertThat(callback.statusCode()).isEqualTo(200);
        assertThat(callback.headers().firstValue("X-Request-Id")).contains("cb-7f3a-42");
        Eventually.await(
                "the SMS the callback caused, logged by the dispatcher with its request id",
                () -> dispatcherLines().stream()
                        .skip(dispatchedBefore)
                        .anyMatch(line -> "cb-7f3a-42".equals(requestId(line))
                                && String.valueOf(line.get("formattedMessage")).contains("SMS")));

        Http.post(base, "/api/v1/contracts/" + contract + "/delivery", KEY, "{\"phone_number\": \"0722000111\"}");
        HttpResponse<String> accepted =
                send(HttpRequest.newBuilder(base.resolve("/api/v1/contracts/" + contract + "/delivery/accept"))
                        .header("X-API-Key", KEY)
                        .header("X-Request-Id", "accept-9c1e")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"phone_number\": \"0712345678\"}")));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        Eventually.await(
                "the payout the acceptance released, handed over by the dispatcher under the acceptance's id",
                () -> dispatcherLines().stream()
                        .anyMatch(line -> "accept-9c1e".equals(requestId(line))
                                && String.valueOf(line.get("formattedMessage")).startsWith("outbox payout ")));
    }

    @Test
    void givenRequestsWithoutAUsableId_whenAnswered_thenEachGetsAFreshOne() {
        HttpResponse<String> none = Http.get(base, "/health", null);
        assertThat(none.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
        HttpResponse<String> unsafe = send(HttpRequest.newBuilder(base.resolve("/health"))
                .header("X-Request-Id", "id with spaces\" and quotes")
                .GET());
        assertThat(unsafe.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f-]{36}"));
    }

    @Test
    void givenJsonLogs_whenTheServiceHasRun_thenEveryLineOfItsLogIsOneJsonObject() {
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(parse(line))
                        .as(line)
                        .containsKeys("timestamp", "level", "loggerName", "formattedMessage"));
    }

    private List<Map<String, Object>> dispatcherLines() {
        return captured.toString(StandardCharsets.UTF_8)
                .lines()
                .map(JsonLogsEndToEndTest.this::parse)
                .filter(line -> DISPATCHER.equals(line.get("loggerName")))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String requestId(Map<String, Object> line) {
        Object mdc = line.get("mdc");
        return mdc instanceof Map<?, ?> map ? (String) ((Map<String, Object>) map).get("request_id") : null;
    }

    private Map<String, Object> parse(String line) {
        try {
            return Eventually.json(service, line);
        } catch (IOException e) {
            throw new AssertionError("not one JSON object: " + line, e);
        }
    }

    private String confirmedContract() throws IOException {
        return ConfirmedContracts.create(service, base, KEY, 900);
    }

    private HttpResponse<String> signedCallback(String providerId, String requestId) {
        String body = """
                {"transactionId": "%s", "category": "MobileCheckout", "status": "Success", "value": "KES 9000.0000",
                 "transactionFee": "KES 10.00", "description": "ok"}""".formatted(providerId);
        CallbackSignature.Signed signature = new CallbackSignature(SECRET).sign(Instant.now(), body);
        return send(HttpRequest.newBuilder(base.resolve("/api/v1/payments/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .header(CallbackSignature.TIMESTAMP_HEADER, signature.timestamp())
                .header(CallbackSignature.SIGNATURE_HEADER, signature.signature())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Writes to both streams: the build's console keeps its output, the test reads the copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
        }
    }
}
