package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.out.PaymentCallbacksPort.Reading;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.ScriptedPaymentCallbacks;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The per-kind callback addresses ({@code /api/v1/payments/callbacks/{token}/{kind}[/{leg}]}, Daraja's) over real sockets:
 * guarded like every callback, answered with Daraja's acknowledgement once handled, refused with a reason otherwise. The
 * body is read by a scripted translator; the use case, its confirmation with the (fake) provider and the settle use case
 * are the real ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentCallbackApiTest {

    private static final String TOKEN = "s3cr3t-callback-token";
    private static final String BASE = "/api/v1/payments/callbacks/" + TOKEN + "/";
    private static final String ACK = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}";
    private static final List<String> FORBIDDEN =
            List.of("mpesa", "m-pesa", "safaricom", "sql", "query", "exec", "cmd");
    private final AtomicInteger bodies = new AtomicInteger();
    private EmbeddedServer server;
    private EmbeddedServer foreign;
    private ApiClient provider;
    private ApiClient operator;
    private InMemoryVoicePact app;

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
                        "test.callback.token",
                        TOKEN));
        foreign = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "test.callback.token",
                        TOKEN,
                        "test.callback.per-kind-allowed",
                        "196.201.212.0/22"));
        operator = ApiClient.asOperator(server);
        provider = operator.withKey(null);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
        foreign.close();
    }

    private String scripted(Reading reading) {
        String body = "{\"Result\":{\"n\":" + bodies.incrementAndGet() + "}}";
        app.scriptedCallbacks.willRead(body, reading);
        return body;
    }

    @Test
    void
            givenEveryRouteTheMpesaAdapterBuilds_whenACallbackComes_then200WithDarajasAcknowledgement_andNoForbiddenWordInTheAddress() {
        for (String route : ScriptedPaymentCallbacks.ROUTES) {
            String path = BASE + route;
            assertThat(FORBIDDEN)
                    .as(path)
                    .noneMatch(word -> path.toLowerCase(Locale.ROOT).contains(word));
            ApiClient.Answer answer =
                    provider.postWith(path, "application/json", scripted(new Reading.Acknowledged("notice")), Map.of());
            assertThat(answer.status()).as(route + ": " + answer.body()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(ACK);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        }
    }

    @Test
    void givenAForgedSuccess_whenPosted_thenAcknowledgedButNothingMoves_andTheOperatorSeesItFlagged() {
        EscrowPayment payment = new EscrowScenario(app)
                .checkout(new EscrowScenario(app).confirmedContract(), "175000")
                .payment();
        String checkout = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(checkout, "Failed"); // the payer cancelled

        ApiClient.Answer answer = provider.postWith(
                BASE + "stk",
                "application/json",
                scripted(new Reading.Settle(List.of(Callbacks.collected(checkout, payment.amount())))),
                Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(ACK);
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(operator.get("/api/v1/payments/events/flagged?limit=100").body())
                .contains(checkout, "mismatch");
    }

    @Test
    void givenTheProviderCannotBeAskedToConfirm_whenAReportComes_then503SoItIsSentAgain_andNothingRecorded() {
        EscrowPayment payment = new EscrowScenario(app)
                .checkout(new EscrowScenario(app).confirmedContract(), "175000")
                .payment();
        String body = scripted(new Reading.Settle(List.of(
                Callbacks.collected(payment.lifecycle().providerTransactionId().orElseThrow(), payment.amount()))));
        app.gateway.setUnavailable(true);
        ApiClient.Answer answer;
        try {
            answer = provider.postWith(BASE + "stk", "application/json", body, Map.of());
        } finally {
            app.gateway.setUnavailable(false);
        }
        assertThat(answer.status()).isEqualTo(503);
        assertThat((String) answer.get("reason")).contains("cannot be asked to confirm");
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void givenBodiesThatAreNoCallback_whenPosted_then400WithAReason_andNoInternals() {
        ApiClient.Answer unreadable = provider.postWith(
                BASE + "b2c/result",
                "application/json",
                scripted(new Reading.Unreadable("not a Daraja Result: no Result object")),
                Map.of());
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat((String) unreadable.get("reason")).isEqualTo("not a Daraja Result: no Result object");
        for (String body : new String[] {"{\"Result\": ", "{\"a\":1} trailing", "", "[1]"}) {
            ApiClient.Answer answer = provider.postWith(BASE + "stk", "application/json", body, Map.of());
            assertThat(answer.status()).as("'" + body + "': " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).doesNotContain("Exception", "com.voicepact", "Jackson", "line:", "SQL");
        }
    }

    @Test
    void givenNoTokenConfigured_whenACallbackComesToTheBareBase_then200() {
        try (EmbeddedServer open = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1))) {
            InMemoryVoicePact openApp = open.getApplicationContext().getBean(InMemoryVoicePact.class);
            ApiClient client =
                    new ApiClient(open.getURI(), open.getApplicationContext().getBean(JsonMapper.class), null);
            for (String route : List.of("stk", "b2c/result")) {
                String body = "{\"Result\":{\"open\":\"" + route + "\"}}";
                openApp.scriptedCallbacks.willRead(body, new Reading.Acknowledged("notice"));
                ApiClient.Answer answer =
                        client.postWith("/api/v1/payments/callbacks/" + route, "application/json", body, Map.of());
                assertThat(answer.status()).as(route + ": " + answer.body()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo(ACK);
            }
        }
    }

    @Test
    void givenAnAddressNoProviderPostsTo_orABodyOf10Mb_thenRefused() {
        ApiClient.Answer nowhere = provider.postWith(BASE + "nowhere", "application/json", "{}", Map.of());
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(provider.postWith(BASE + "b2c/result/extra", "application/json", "{}", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat((String) nowhere.get("reason")).isEqualTo("no payment callback is taken at this address");
        ApiClient.Answer huge =
                provider.postBytesWith(BASE + "stk", "application/json", new byte[10 * 1024 * 1024], Map.of());
        assertThat(huge.status()).isEqualTo(413);
    }

    @Test
    void givenTheTokenAsAQueryParameter_whenPosted_thenTheWholePathIsTheRoute_andAWrongOneIsRefused() {
        ApiClient.Answer answer = provider.postWith(
                "/api/v1/payments/callbacks/stk?token=" + TOKEN,
                "application/json",
                scripted(new Reading.Acknowledged("notice")),
                Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(ACK);
        assertThat(provider.postWith(
                                "/api/v1/payments/callbacks/b2c/result?token=" + TOKEN,
                                "application/json",
                                scripted(new Reading.Acknowledged("notice")),
                                Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(provider.postWith(
                                BASE + "stk?token=" + TOKEN,
                                "application/json",
                                scripted(new Reading.Acknowledged("notice")),
                                Map.of())
                        .status())
                .as("in both places")
                .isEqualTo(200);

        String body = scripted(new Reading.Unsolicited("AG_query_wrong", true, "should never be read", "{}"));
        assertThat(provider.postWith("/api/v1/payments/callbacks/stk?token=wrong", "application/json", body, Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(provider.postWith(BASE + "stk?token=wrong", "application/json", body, Map.of())
                        .status())
                .isEqualTo(401);
        assertThat(app.providerEvents.flagged())
                .noneMatch(e -> e.providerTransactionId().equals("AG_query_wrong"));
    }

    @Test
    void givenAWrongTokenOrASourceOutsideTheirOwnAllowlist_whenPosted_thenRefusedAndNothingRead() {
        String body = scripted(new Reading.Unsolicited("AG_wrong", true, "should never be read", "{}"));
        assertThat(provider.postWith("/api/v1/payments/callbacks/wrong-token/stk", "application/json", body, Map.of())
                        .status())
                .isEqualTo(401);
        ApiClient fromAfar =
                new ApiClient(foreign.getURI(), foreign.getApplicationContext().getBean(JsonMapper.class), null);
        ApiClient.Answer refused = fromAfar.postWith(BASE + "stk", "application/json", body, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat((String) refused.get("reason")).contains("not allowed");
        assertThat(app.providerEvents.flagged())
                .noneMatch(e -> e.providerTransactionId().equals("AG_wrong"));
        assertThat(fromAfar.postWith("/api/v1/payments/webhook/" + TOKEN, "application/json", "{}", Map.of())
                        .status())
                .as("the per-kind allowlist is Daraja's addresses' only: AT's webhook keeps ALLOWED_IPS")
                .isEqualTo(400);
    }
}
