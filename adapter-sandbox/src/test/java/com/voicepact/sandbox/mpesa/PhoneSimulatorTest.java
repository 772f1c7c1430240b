package com.voicepact.sandbox.mpesa;

import static com.voicepact.sandbox.mpesa.StkPushTest.resultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The STK prompt on the simulated phone: listed, answered (PIN, wrong PIN, cancel) or left to time out (1037). */
class PhoneSimulatorTest {

    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String PHONE = "254712345678";
    private final HttpClient http = HttpClient.newHttpClient();
    private DarajaFixture daraja;

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void givenPromptsOnAPhone_whenTheSimulatorAnswersOverHttp_thenPinPaysWrongPinIs2001CancelIs1032() throws Exception {
        daraja = new DarajaFixture(Duration.ofSeconds(30));
        List<String> ids = new java.util.ArrayList<>();
        for (long amount : new long[] {100, 200, 300}) {
            ids.add(daraja.post(PUSH, daraja.stkPush(PHONE, amount))
                    .body()
                    .path("CheckoutRequestID")
                    .asText());
        }

        JsonNode listed = get("/sandbox/daraja/phones/" + PHONE + "/prompts");
        assertThat(listed.findValuesAsText("checkout_request_id")).containsExactlyElementsOf(ids);
        assertThat(listed.get(0).path("amount").asText()).isEqualTo("100");
        assertThat(listed.get(0).path("account_reference").asText()).isEqualTo("PAY-AG000001");
        assertThat(listed.get(0).path("business").asText()).isEqualTo("174379");
        assertThat(get("/sandbox/daraja/phones/254799999999/prompts")).isEmpty();
        assertThat(daraja.sandbox.prompts(PHONE))
                .extracting(StkPrompt::checkoutRequestId)
                .containsExactlyElementsOf(ids);

        assertThat(post("/sandbox/daraja/prompts/" + ids.get(0) + "/pin")).isEqualTo(200);
        assertThat(post("/sandbox/daraja/prompts/" + ids.get(1) + "/wrong-pin")).isEqualTo(200);
        assertThat(post("/sandbox/daraja/prompts/" + ids.get(2) + "/cancel")).isEqualTo(200);
        assertThat(post("/sandbox/daraja/prompts/" + ids.get(2) + "/pin"))
                .as("answered once")
                .isEqualTo(409);

        List<CallbackReceiver.Received> callbacks = daraja.app.await(DarajaFixture.STK_CALLBACK, 3);
        assertThat(callbacks.stream().map(c -> resultCode(c.body())).sorted().toList())
                .containsExactly(0, 1032, 2001);
        assertThat(daraja.sandbox.prompts(PHONE)).isEmpty();
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("100");
        assertThat(get("/sandbox/daraja/accounts").path("utility").asText()).isEqualTo("100.00");
        assertThat(daraja.sandbox.requests())
                .as("simulator routes are not API requests")
                .noneMatch(r -> r.path().startsWith("/sandbox"));
    }

    @Test
    void givenAnIgnoredPromptAndTheUnreachableTestPayer_whenThePromptTimesOut_then1037AndTheQueryTellsTheSame()
            throws Exception {
        daraja = new DarajaFixture(Duration.ofMillis(200));
        String ignored = daraja.post(PUSH, daraja.stkPush(PHONE, 100))
                .body()
                .path("CheckoutRequestID")
                .asText();
        daraja.post(PUSH, daraja.stkPush(TestPayers.UNREACHABLE, 100));
        assertThat(daraja.sandbox.answer(ignored, PromptAnswer.IGNORE)).isTrue();
        assertThat(daraja.sandbox.prompts(PHONE))
                .as("dismissed from the screen")
                .isEmpty();

        List<CallbackReceiver.Received> callbacks = daraja.app.await(DarajaFixture.STK_CALLBACK, 2);
        assertThat(callbacks.stream().map(c -> resultCode(c.body())).toList()).containsExactly(1037, 1037);
        assertThat(callbacks.get(0).body()).contains("\"ResultDesc\":\"DS timeout user cannot be reached\"");
        JsonNode query = daraja.post("/mpesa/stkpushquery/v1/query", daraja.stkQuery(ignored))
                .body();
        assertThat(query.path("ResultCode").asText()).isEqualTo("1037");
        assertThat(daraja.sandbox.answer(ignored, PromptAnswer.PIN))
                .as("too late")
                .isFalse();
    }

    /**
     * With {@code WEBHOOK_SECRET} set the app's callback guard wants every callback signed; the embedded sandbox then
     * signs as a signing proxy would (HMAC-SHA256 over timestamp + "." + body), and stops when told so.
     */
    @Test
    void givenASigningSecret_whenACallbackIsPosted_thenItCarriesTheTimestampAndTheSignatureOfItsBody()
            throws Exception {
        daraja = new DarajaFixture(Duration.ofSeconds(30));
        daraja.sandbox.signCallbacksWith("s3cret");
        String id = daraja.post(PUSH, daraja.stkPush(PHONE, 100))
                .body()
                .path("CheckoutRequestID")
                .asText();
        assertThat(daraja.sandbox.answer(id, PromptAnswer.CANCEL)).isTrue();

        CallbackReceiver.Received signed =
                daraja.app.await(DarajaFixture.STK_CALLBACK, 1).get(0);
        String timestamp = signed.headers().get("X-VoicePact-Timestamp");
        assertThat(Long.parseLong(timestamp))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                "s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256="
                + java.util.HexFormat.of()
                        .formatHex(mac.doFinal(
                                (timestamp + "." + signed.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(signed.headers().get("X-Africastalking-Signature")).isEqualTo(expected);

        daraja.sandbox.signCallbacksWith(null);
        String unsigned = daraja.post(PUSH, daraja.stkPush(PHONE, 200))
                .body()
                .path("CheckoutRequestID")
                .asText();
        assertThat(daraja.sandbox.answer(unsigned, PromptAnswer.CANCEL)).isTrue();
        assertThat(daraja.app.await(DarajaFixture.STK_CALLBACK, 2).get(1).headers())
                .doesNotContainKey("X-Africastalking-Signature");
    }

    /**
     * The page is told when a prompt opens and closes (server-sent events, any origin), with the amount as a person reads
     * it; the wire's amount stays Daraja's plain whole number.
     */
    @Test
    void givenAPageListening_whenAPromptOpensAndIsPaid_thenItIsToldBothWithTheAmountAsRead() throws Exception {
        daraja = new DarajaFixture(Duration.ofSeconds(30));
        try (com.voicepact.sandbox.EventStreamReader events =
                new com.voicepact.sandbox.EventStreamReader(daraja.sandbox.url().resolve("/sandbox/daraja/events"))) {
            assertThat(events.response().headers().firstValue("Access-Control-Allow-Origin"))
                    .contains("*");
            String id = daraja.post(PUSH, daraja.stkPush(PHONE, 9000))
                    .body()
                    .path("CheckoutRequestID")
                    .asText();

            assertThat(events.next("prompt", id).data())
                    .contains("\"state\":\"waiting\"")
                    .contains("\"amount_text\":\"KES 9,000\"")
                    .contains("\"amount\":\"9000\"")
                    .contains("\"phone\":\"" + PHONE + "\"");
            assertThat(get("/sandbox/daraja/phones/" + PHONE + "/prompts")
                            .get(0)
                            .path("amount_text")
                            .asText())
                    .isEqualTo("KES 9,000");
            assertThat(post("/sandbox/daraja/prompts/" + id + "/pin")).isEqualTo(200);
            assertThat(events.next("prompt", "\"state\":\"paid\"").data()).contains(id);
            assertThat(daraja.app.await(DarajaFixture.STK_CALLBACK, 1).get(0).body())
                    .contains("\"Value\":9000.00");
        }
    }

    /** The phone simulator page is served by the AT sandbox, another origin: the simulator routes allow any origin. */
    @Test
    void givenThePhoneSimulatorOnAnotherOrigin_whenItCallsTheSimulatorRoutes_thenCorsAllowsIt() throws Exception {
        daraja = new DarajaFixture(Duration.ofSeconds(30));
        String id = daraja.post(PUSH, daraja.stkPush(PHONE, 100))
                .body()
                .path("CheckoutRequestID")
                .asText();
        String origin = "http://127.0.0.1:8081";

        HttpResponse<String> listed = http.send(
                HttpRequest.newBuilder(
                                URI.create(daraja.sandbox.url() + "/sandbox/daraja/phones/" + PHONE + "/prompts"))
                        .header("Origin", origin)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> preflight = http.send(
                HttpRequest.newBuilder(URI.create(daraja.sandbox.url() + "/sandbox/daraja/prompts/" + id + "/pin"))
                        .header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answered = http.send(
                HttpRequest.newBuilder(URI.create(daraja.sandbox.url() + "/sandbox/daraja/prompts/" + id + "/pin"))
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("POST"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(daraja.sandbox.requests())
                .as("the API itself allows no browser")
                .noneMatch(r -> r.path().startsWith("/sandbox"));
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(daraja.sandbox.url() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return daraja.json.readTree(response.body());
    }

    private int post(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(daraja.sandbox.url() + path))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
