package com.voicepact.sandbox.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.sandbox.EventStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The phone simulator's API over real sockets: a phone's snapshot under its local form, SMS both ways with timestamps,
 * and the events pushed to the page as they happen (no polling).
 */
class SimulatorApiTest {

    private static final String BUYER = "+254712345678";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private AtSandbox sandbox;
    private EventStreamReader events;

    @BeforeEach
    void start() throws Exception {
        sandbox = AtSandbox.start(SandboxSettings.forTests("k").withCheckoutTimeout(Duration.ofMillis(300)));
        events = new EventStreamReader(sandbox.url().resolve("/sandbox/events"));
    }

    @AfterEach
    void stop() {
        events.close();
        sandbox.close();
    }

    @Test
    void givenAnSmsToAPhone_whenThePageAsksByItsLocalForm_thenItSeesTheSameInboxAndWasToldAsItArrived()
            throws Exception {
        assertThat(events.response().headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");

        sendSms(BUYER, "VoicePact Contract Summary:\nID: AG-2026-000001");

        assertThat(events.next("sms", "\"direction\":\"in\"").data())
                .contains("\"phone\":\"" + BUYER + "\"")
                .contains("VoicePact Contract Summary")
                .containsPattern("\"at\":\"\\d{4}-\\d\\d-\\d\\dT");
        JsonNode phone = get("/sandbox/phones/0712345678").body();
        assertThat(phone.path("phone").asText()).isEqualTo(BUYER);
        assertThat(phone.path("inbox").findValuesAsText("text"))
                .containsExactly("VoicePact Contract Summary:\nID: AG-2026-000001");
        assertThat(get("/sandbox/phones/0712%20345%20678").body()).isEqualTo(phone);
        assertThat(events.next("journey", "AG-2026-000001").data()).contains("\"CREATED\":true");
    }

    @Test
    void givenAPhoneInLocalForm_whenItTextsTheShortCode_thenItsOutboxHoldsTheSmsNewestFirst() throws Exception {
        post("/sandbox/phones/0712345678/sms", "{\"text\": \"HELP\"}");
        post("/sandbox/phones/0712345678/sms", "{\"text\": \"STATUS-AG-2026-000001\"}");

        assertThat(events.next("sms", "STATUS-AG-2026-000001").data())
                .contains("\"direction\":\"out\"")
                .contains("\"from\":\"" + BUYER + "\"");
        assertThat(get("/sandbox/phones/" + URLEncoder.encode(BUYER, StandardCharsets.UTF_8))
                        .body()
                        .path("outbox")
                        .findValuesAsText("text"))
                .containsExactly("STATUS-AG-2026-000001", "HELP");
    }

    @Test
    void givenTextThatIsNoPhoneNumber_whenThePageAsksForIt_then400SaysWhy() throws Exception {
        Answer answer = get("/sandbox/phones/maize");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body().path("error").asText()).contains("phone number");
        assertThat(get("/sandbox/phones/0712").body().path("error").asText()).contains("too short");
    }

    @Test
    void givenAnAtCheckout_whenItWaitsAndIsPaid_thenThePageIsToldWithTheAmountAsAPersonReadsIt() throws Exception {
        String id = checkout();

        assertThat(events.next("checkout", id).data())
                .contains("\"amount_text\":\"KES 9,000\"")
                .contains("\"status\":\"Pending\"")
                .contains("\"to\":\"VoicePact\"");
        assertThat(sandbox.approve(id)).isTrue();
        assertThat(events.next("checkout", "Success").data()).contains(id);
    }

    /** "Ignore" on the page: the prompt goes from every page and the phone's snapshot, and times out as AT's would. */
    @Test
    void givenAnAtCheckout_whenThePhoneIgnoresIt_thenItIsNoLongerShownAndFailsWhenItTimesOut() throws Exception {
        String id = checkout();
        events.next("checkout", id);

        assertThat(postStatus("/sandbox/checkouts/" + id + "/ignore")).isEqualTo(200);
        assertThat(events.next("checkout", "Ignored").data()).contains(id);
        assertThat(get("/sandbox/phones/0712345678").body().path("checkouts")).isEmpty();
        assertThat(postStatus("/sandbox/checkouts/" + id + "/ignore"))
                .as("ignored once")
                .isEqualTo(409);

        assertThat(events.next("checkout", "Failed").data()).contains(id);
        assertThat(sandbox.approve(id)).as("too late to pay").isFalse();
    }

    @Test
    void givenTheServiceKeepsItsOperatorKeyInAFile_whenThePageReadsItsConfig_thenItNamesThatFile() throws Exception {
        assertThat(get("/sandbox/config").body().path("operator_key_file").isNull())
                .isTrue();
        try (AtSandbox elsewhere =
                AtSandbox.start(SandboxSettings.forTests("k").withOperatorKeyFile("/srv/voicepact/operator-api-key"))) {
            HttpResponse<String> config = http.send(
                    HttpRequest.newBuilder(elsewhere.url().resolve("/sandbox/config"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(json.readTree(config.body()).path("operator_key_file").asText())
                    .isEqualTo("/srv/voicepact/operator-api-key");
        }
    }

    private String checkout() throws Exception {
        HttpResponse<String> checkout = http.send(
                HttpRequest.newBuilder(sandbox.url().resolve("/mobile/checkout/request"))
                        .header("apiKey", "k")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"sandbox\",\"productName\":\"VoicePact\"," + "\"phoneNumber\":\""
                                        + BUYER + "\",\"currencyCode\":\"KES\",\"amount\":9000}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(checkout.body()).path("transactionId").asText();
    }

    private void sendSms(String to, String message) throws Exception {
        String form = "username=sandbox&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8) + "&message="
                + URLEncoder.encode(message, StandardCharsets.UTF_8);
        HttpResponse<String> sent = http.send(
                HttpRequest.newBuilder(sandbox.url().resolve("/version1/messaging"))
                        .header("apiKey", "k")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(201);
    }

    private Answer get(String path) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(sandbox.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(answer.statusCode(), json.readTree(answer.body()));
    }

    private int postStatus(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(sandbox.url().resolve(path))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private void post(String path, String body) throws Exception {
        http.send(
                HttpRequest.newBuilder(sandbox.url().resolve(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A status and its body read as JSON. */
    private record Answer(int statusCode, JsonNode body) {}
}
