package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of failure as the API answers it, over a real socket: one row per kind, request ->
 * status + reason in the user's terms. A second table checks that no error body, whatever the
 * input, shows SQL, index or class names, parser messages or stack traces.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorStatusTableTest {

    static final String BUYER = "+254712345678";
    static final String SELLER = "+254722000111";
    static final String TOKEN = "callback-token";
    private EmbeddedServer server;
    private ApiClient api;
    private InMemoryVoicePact app;
    private EscrowScenario scenario;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "micronaut.server.max-request-size",
                        "1MB",
                        "micronaut.serde.serialization.inclusion",
                        "ALWAYS",
                        "voicepact.default-country",
                        "KE",
                        "test.callback.token",
                        TOKEN,
                        "test.callback.secret",
                        "a-signing-secret"));
        api = ApiClient.asOperator(server);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
        scenario = new EscrowScenario(app);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** One kind of failure: the request that causes it, the status and a fragment of the reason. */
    record Row(String kind, Function<ErrorStatusTableTest, ApiClient.Answer> request, int status, String reason) {
        @Override
        public String toString() {
            return kind + " -> " + status;
        }
    }

    static String createBody(String buyer, String deadline) {
        return """
                {"contract_type": "agricultural_supply",
                 "parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}],
                 "terms": {"product": "Maize", "quantity": 50, "unit": "bags", "unit_price": 3500, "currency": "KES",
                           "delivery_deadline": "%s"}}""".formatted(buyer, SELLER, deadline);
    }

    private String pendingContract() {
        ApiClient.Answer created = api.post("/api/v1/contracts/create", createBody(BUYER, "2026-12-20"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.get("contract_id");
    }

    private ApiClient.Answer confirm(String contract, String phone) {
        return api.post("/api/v1/contracts/" + contract + "/confirm", "{\"phone_number\": \"" + phone + "\"}");
    }

    private ApiClient.Answer confirmTwice() {
        String contract = pendingContract();
        confirm(contract, BUYER);
        return confirm(contract, BUYER);
    }

    private ApiClient.Answer confirmLosingEveryRace() {
        String contract = pendingContract();
        WebTestApplication.NEXT_CONFIRM_CONFLICTS.set(true);
        return confirm(contract, BUYER);
    }

    private ApiClient.Answer confirmWhileTheDatabaseFails() {
        String contract = pendingContract();
        WebTestApplication.NEXT_CONFIRM_FAILS_IN_DATABASE.set(true);
        return confirm(contract, BUYER);
    }

    private ApiClient.Answer refundAsTheBuyer() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        return api.post(
                "/test/refund-as-party",
                "{\"transaction_id\": \"" + payment.id() + "\", \"phone_number\": \"" + BUYER + "\"}");
    }

    private ApiClient.Answer releaseBeforeDelivery() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        return api.post(
                "/api/v1/payments/release",
                "{\"contract_id\": \"%s\", \"transaction_id\": \"%s\"}".formatted(payment.contractId(), payment.id()));
    }

    private ApiClient.Answer conferenceAtDoesNotQueue() {
        app.voiceProviders.setQueueing(false);
        try {
            return api.post("/api/v1/voice/conference/create", """
                    {"parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}],
                     "contract_type": "agricultural_supply"}""".formatted(BUYER, SELLER));
        } finally {
            app.voiceProviders.setQueueing(true);
        }
    }

    private ApiClient.Answer checkoutWhileTheProviderIsDown() {
        ContractId contract = scenario.confirmedContract();
        app.gateway.setUnavailable(true);
        try {
            return api.post(
                    "/api/v1/payments/checkout",
                    "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": 100}".formatted(contract, BUYER));
        } finally {
            app.gateway.setUnavailable(false);
        }
    }

    Stream<Row> kinds() {
        return Stream.of(
                new Row(
                        "a phone number that is too short",
                        t -> t.api.post("/api/v1/contracts/create", createBody("12345", "2026-12-20")),
                        400,
                        "phone number '12345' is too short"),
                new Row(
                        "a delivery deadline in the past",
                        t -> t.api.post("/api/v1/contracts/create", createBody(BUYER, "2026-03-01")),
                        400,
                        "delivery deadline 2026-03-01 is in the past"),
                new Row(
                        "malformed JSON",
                        t -> t.api.post("/api/v1/contracts/create", "{\"parties\": ["),
                        400,
                        "not valid JSON"),
                new Row(
                        "a phone that is not a party",
                        t -> t.confirm(t.pendingContract(), "+254799999999"),
                        403,
                        "is not a party"),
                new Row(
                        "a refund asked for by a party",
                        ErrorStatusTableTest::refundAsTheBuyer,
                        403,
                        "only an operator can refund"),
                new Row(
                        "an unknown contract",
                        t -> t.api.get("/api/v1/contracts/AG-2026-999999"),
                        404,
                        "AG-2026-999999 does not exist"),
                new Row(
                        "an unknown payment",
                        t -> t.api.get("/api/v1/payments/TXN-AG-2026-999999-001"),
                        404,
                        "TXN-AG-2026-999999-001 does not exist"),
                new Row("GET on the create path", t -> t.api.get("/api/v1/contracts/create"), 405, "use POST"),
                new Row("GET on the checkout path", t -> t.api.get("/api/v1/payments/checkout"), 405, "use POST"),
                new Row("a party deciding twice", ErrorStatusTableTest::confirmTwice, 409, "PENDING"),
                new Row(
                        "a release before delivery",
                        ErrorStatusTableTest::releaseBeforeDelivery,
                        409,
                        "cannot be released yet"),
                new Row(
                        "a change lost to concurrent ones",
                        ErrorStatusTableTest::confirmLosingEveryRace,
                        409,
                        "changed concurrently"),
                new Row(
                        "a body over 1 MB",
                        t -> t.api.postBytes("/api/v1/contracts/create", new byte[2 * 1024 * 1024]),
                        413,
                        "larger than 1 MB"),
                new Row(
                        "a database failure that is not a conflict",
                        ErrorStatusTableTest::confirmWhileTheDatabaseFails,
                        500,
                        "internal error"),
                new Row(
                        "AT answering without queueing the call",
                        ErrorStatusTableTest::conferenceAtDoesNotQueue,
                        502,
                        "did not queue the call"),
                new Row(
                        "the payment provider down",
                        ErrorStatusTableTest::checkoutWhileTheProviderIsDown,
                        503,
                        "payment provider unavailable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void givenAKindOfFailure_whenRequested_thenItsStatusAndAReasonInTheUsersTerms(Row row) {
        ApiClient.Answer answer = row.request().apply(this);
        assertThat(answer.status()).as(answer.body()).isEqualTo(row.status());
        assertThat(answer.json())
                .as(answer.body())
                .containsKeys("status", "error", "reason", "detail")
                .containsEntry("status", row.status());
        assertThat((String) answer.get("reason")).containsIgnoringCase(row.reason());
        assertNothingInternal(answer.body());
        if (row.status() == 405) {
            assertThat(answer.headers().firstValue("Allow")).contains("POST");
        }
        if (row.status() == 503) {
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        }
    }

    /** Inputs a hostile or careless client sends; none may make the API describe its insides. */
    Stream<Object[]> hostileInputs() {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) '[');
        String contract = pendingContract();
        return Stream.of(
                new Object[] {
                    "malformed JSON",
                    (Function<ApiClient, ApiClient.Answer>) a ->
                            a.post("/api/v1/contracts/create", "{\"transcript\": \"x\", \"parties\": [{\"phone\": }")
                },
                new Object[] {
                    "not JSON at all",
                    (Function<ApiClient, ApiClient.Answer>)
                            a -> a.post("/api/v1/payments/checkout", "contract_id=AG-2026-000001")
                },
                new Object[] {
                    "a number where a list belongs",
                    (Function<ApiClient, ApiClient.Answer>) a ->
                            a.post("/api/v1/contracts/create", "{\"parties\": 5, \"terms\": {\"product\": \"Maize\"}}")
                },
                new Object[] {
                    "text where a number belongs",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.post(
                            "/api/v1/contracts/create",
                            createBody(BUYER, "2026-12-20").replace("\"quantity\": 50", "\"quantity\": \"fifty\""))
                },
                new Object[] {
                    "an object where an amount belongs",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.post(
                            "/api/v1/payments/checkout",
                            "{\"contract_id\": \"AG-2026-000001\", \"amount\": {\"kes\": 1}}")
                },
                new Object[] {
                    "an unknown contract type",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.post(
                            "/api/v1/contracts/create",
                            createBody(BUYER, "2026-12-20").replace("agricultural_supply", "spaceship"))
                },
                new Object[] {
                    "an unknown party role",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.post(
                            "/api/v1/contracts/create",
                            createBody(BUYER, "2026-12-20").replace("\"seller\"", "\"king\""))
                },
                new Object[] {
                    "an unknown dispute resolution",
                    (Function<ApiClient, ApiClient.Answer>) a ->
                            a.post("/api/v1/contracts/" + contract + "/dispute/resolve", "{\"resolution\": \"maybe\"}")
                },
                new Object[] {
                    "an unknown status filter",
                    (Function<ApiClient, ApiClient.Answer>)
                            a -> a.get("/api/v1/contracts?status=%3Cscript%3E&limit=abc")
                },
                new Object[] {
                    "a 10 MB body",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.postBytes("/api/v1/contracts/create", tenMegabytes)
                },
                new Object[] {
                    "a forged payment callback",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.withKey(null)
                            .postWith(
                                    "/api/v1/payments/webhook/" + TOKEN,
                                    "application/json",
                                    "{\"transactionId\": \"ATPid_1\"}",
                                    Map.of("X-VoicePact-Timestamp", "1", "X-Africastalking-Signature", "sha256=00"))
                },
                new Object[] {
                    "a callback with a broken body",
                    (Function<ApiClient, ApiClient.Answer>) a -> a.withKey(null)
                            .postWith("/api/v1/sms/webhook/" + TOKEN, "application/json", "{\"from\": [", Map.of())
                },
                new Object[] {
                    "a database failure",
                    (Function<ApiClient, ApiClient.Answer>) a -> {
                        WebTestApplication.NEXT_CONFIRM_FAILS_IN_DATABASE.set(true);
                        return a.post(
                                "/api/v1/contracts/" + contract + "/confirm", "{\"phone_number\": \"" + BUYER + "\"}");
                    }
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void givenHostileInput_whenRefused_thenTheBodyShowsNoSqlClassNamesParserMessagesOrStackTraces(
            String kind, Function<ApiClient, ApiClient.Answer> request) {
        ApiClient.Answer answer = request.apply(api);
        assertThat(answer.status()).as(answer.body()).isBetween(400, 599);
        assertThat(answer.json()).as(answer.body()).containsKeys("status", "error", "reason", "detail");
        assertNothingInternal(answer.body());
    }

    private static final List<String> INTERNAL_WORDS = List.of(
            "sql",
            "unique index",
            "primary key",
            "_pkey",
            "constraint",
            "exception",
            "java.",
            "javax.",
            "com.voicepact",
            "io.micronaut",
            "jackson",
            "serde",
            "\tat ",
            "line:",
            "column:",
            "source:",
            "cannot deserialize",
            "unexpected character",
            "error decoding",
            "no enum",
            "class ",
            "nested",
            "internal server error:");

    static void assertNothingInternal(String body) {
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        assertThat(INTERNAL_WORDS).as("error body %s", body).noneMatch(lower::contains);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length)
                .as("a short body")
                .isLessThan(1000);
    }
}
