package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.domain.common.CallbackSignature;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Callbacks authenticated by a URL token and a signature on the running service (embedded default, real
 * sockets): a signed callback (Daraja's STK callback) is accepted once, even across a restart of the service; and the
 * local sandboxes call back with the token and the signature the service is configured with, so their callbacks
 * (inbound SMS from the phone simulator, delivery reports, USSD hops, voice, and the payment callbacks of M-Pesa Daraja,
 * the default, or of AT with {@code PAYMENT_PROVIDER=africastalking}) are applied.
 */
class SignedCallbacksEndToEndTest {

    private static final String SECRET = "a-signing-proxy-secret";
    private static final String TOKEN = "a-callback-token-0123456789";
    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    /** The embedded default (payments on M-Pesa Daraja in its local sandbox) with {@code secrets}. */
    private ApplicationContext start(Map<String, String> secrets) {
        return start(LocalPayments.MPESA, secrets);
    }

    private ApplicationContext start(LocalPayments payments, Map<String, String> secrets) {
        Map<String, String> env = new java.util.HashMap<>(secrets);
        env.put("VOICEPACT_DATA_DIR", dataDir.toString());
        env.put("VOICEPACT_SANDBOX_PORT", "0");
        return Application.start(
                payments.environment(env), Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"));
    }

    private static HttpResponse<String> signed(URI base, long timestamp, String body)
            throws IOException, InterruptedException {
        CallbackSignature.Signed signature =
                new CallbackSignature(SECRET).sign(java.time.Instant.ofEpochSecond(timestamp), body);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/payments/callbacks/stk"))
                .header("Content-Type", "application/json")
                .header(CallbackSignature.TIMESTAMP_HEADER, signature.timestamp())
                .header(CallbackSignature.SIGNATURE_HEADER, signature.signature())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void
            givenASignedCallbackSentTwiceAtOnce_whenTheServiceRestartsAndItIsReplayedWithinItsWindow_thenHandledOnceAndRefusedAfter()
                    throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        String body = """
                {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1","CheckoutRequestID":"ws_CO_30112026123456789_0000000001",
                "ResultCode":1032,"ResultDesc":"Request cancelled by user"}}}""";
        try (ApplicationContext first = start(Map.of("WEBHOOK_SECRET", SECRET))) {
            URI base = first.getBean(EmbeddedServer.class).getURI();
            CompletableFuture<HttpResponse<String>> one =
                    CompletableFuture.supplyAsync(() -> Eventually.quietly(() -> signed(base, timestamp, body)));
            CompletableFuture<HttpResponse<String>> other =
                    CompletableFuture.supplyAsync(() -> Eventually.quietly(() -> signed(base, timestamp, body)));

            assertThat(List.of(one.join().statusCode(), other.join().statusCode()))
                    .as("sent twice at once: handled once")
                    .containsExactlyInAnyOrder(200, 401);
        }
        try (ApplicationContext restarted = start(Map.of("WEBHOOK_SECRET", SECRET))) {
            HttpResponse<String> replayed =
                    signed(restarted.getBean(EmbeddedServer.class).getURI(), timestamp, body);

            assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(401);
            assertThat(replayed.body()).contains("replay");
        }
    }

    @ParameterizedTest
    @EnumSource(LocalPayments.class)
    void givenATokenAndASigningSecret_whenThePhonesDealThroughTheLocalSandboxes_thenEveryCallbackIsAcceptedAndApplied(
            LocalPayments payments) throws Exception {
        try (ApplicationContext service =
                start(payments, Map.of("WEBHOOK_SECRET", SECRET, "VOICEPACT_CALLBACK_TOKEN", TOKEN))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();

            assertThat(simulator(
                            at, "/sandbox/phones/" + SELLER + "/ussd", "{\"session_id\": \"s-1\", \"text\": \"\"}"))
                    .contains("CON Welcome to VoicePact");
            String created =
                    Http.post(base, "/api/v1/contracts/create", key, """
                    {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                     "terms": {"product": "Maize", "quantity": 10, "unit": "bags", "unit_price": 900, "currency": "KES"}}""").body();
            String id = (String) json(service, created).get("contract_id");
            await(
                    "both summaries",
                    () -> !at.inbox(BUYER).isEmpty() && !at.inbox(SELLER).isEmpty());

            simulator(at, "/sandbox/phones/" + BUYER + "/sms", "{\"text\": \"YES-" + id + "\"}");
            simulator(at, "/sandbox/phones/" + SELLER + "/sms", "{\"text\": \"YES-" + id + "\"}");
            await(
                    "the contract confirmed by SMS",
                    () -> statusOf(service, base, key, id).equals("confirmed"));

            String checkout = Http.post(
                            base,
                            "/api/v1/payments/checkout",
                            key,
                            "{\"contract_id\": \"" + id + "\", \"phone_number\": \"0712345678\", \"amount\": 9000}")
                    .body();
            String providerId = (String) json(service, checkout).get("external_transaction_id");
            if (payments == LocalPayments.AFRICASTALKING) {
                simulator(at, "/sandbox/checkouts/" + providerId + "/approve", "");
            } else {
                payments.payerApproves(service, BUYER, providerId);
            }
            await(
                    "the contract funded by the payment notification",
                    () -> statusOf(service, base, key, id).equals("active"));

            String session = (String) json(
                            service,
                            Http.post(
                                            base,
                                            "/api/v1/voice/conference/create",
                                            key,
                                            "{\"parties\": [\"0712345678\", \"0722000111\"], \"contract_type\": \"agricultural_supply\"}")
                                    .body())
                    .get("session_id");
            assertThat(simulator(at, "/sandbox/calls/" + session + "/answer", ""))
                    .as("the voice callback answered with the call's XML")
                    .contains("Dial phoneNumbers");

            SmsLog smsLog = service.getBean(SmsLog.class);
            await(
                    "the SMS reported delivered",
                    () -> !smsLog.forRecipient(BUYER).isEmpty()
                            && smsLog.forRecipient(BUYER).stream().allMatch(e -> e.deliveredAt() != null));
            assertThat(at.deliveredCallbackStatuses())
                    .as("every sandbox callback accepted")
                    .isNotEmpty()
                    .allMatch(s -> s == 200);
            if (payments == LocalPayments.MPESA) {
                assertThat(service.getBean(DarajaSandbox.class).deliveredCallbacks())
                        .as("every Daraja callback accepted, on the token's path")
                        .isNotEmpty()
                        .allMatch(c ->
                                c.status() == 200 && c.url().contains("/api/v1/payments/callbacks/" + TOKEN + "/"));
            }
        }
    }

    private static String simulator(AtSandbox at, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> answer = CLIENT.send(
                HttpRequest.newBuilder(at.url().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static String statusOf(ApplicationContext service, URI base, String key, String id) {
        try {
            return (String)
                    json(service, Http.get(base, "/api/v1/contracts/" + id, key).body())
                            .get("status");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
