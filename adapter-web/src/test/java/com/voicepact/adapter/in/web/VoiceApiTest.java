package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.VoiceCall;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The voice endpoints over real sockets: AT's call callbacks, recordings, audio by URL and by upload. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoiceApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SAID =
            "nitakuuzia magunia mia moja ya mahindi kwa shilingi elfu tatu na mia tano kila gunia "
                    + "nitaleta kitale kabla ya tarehe kumi na tano julai";
    private EmbeddedServer server;
    private ApiClient operator;
    private ApiClient at;
    private InMemoryVoicePact app;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "micronaut.serde.serialization.inclusion", "ALWAYS"));
        operator = ApiClient.asOperator(server);
        at = operator.withKey(null);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private ApiClient.Answer callback(String form) {
        return at.postWith("/api/v1/voice/webhook", FORM, form, Map.of());
    }

    @Test
    void givenConference_whenAtCallsBack_thenXmlWhileActive_theRecordingIsProcessed_andLateCallbacksChangeNothing() {
        app.clock.advance(java.time.Duration.ofSeconds(1)); // call ids derive from parties and time
        ApiClient.Answer started = operator.post(
                "/api/v1/voice/conference/create",
                "{\"parties\": [\"0712345678\", \"0722000111\"], \"contract_type\": \"agricultural_supply\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String session = started.get("session_id");
        String id = started.get("conference_id");

        ApiClient.Answer xml = callback("isActive=1&sessionId=" + session
                + "&direction=Outbound&callerNumber=%2B254711082000" + "&destinationNumber=%2B254712345678");
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
        assertThat(xml.body())
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say")
                .contains("<Dial phoneNumbers=\"+254722000111\" record=\"true\"");

        app.voiceProviders.record("https://voice.africastalking.com/rec/abc.mp3", SAID);
        ApiClient.Answer ended = callback(
                "isActive=0&sessionId=" + session + "&recordingUrl=https%3A%2F%2Fvoice.africastalking.com"
                        + "%2Frec%2Fabc.mp3&durationInSeconds=84&hangupCause=NORMAL_CLEARING&currencyCode=KES&amount=1.5");
        assertThat(ended.json()).containsEntry("status", "webhook_processed").containsEntry("session_id", session);
        ApiClient.Answer resent = callback("isActive=0&sessionId=" + session + "&recordingUrl=x&durationInSeconds=1");
        assertThat(resent.status())
                .as("AT resending a final notification: " + resent.body())
                .isEqualTo(200);
        assertThat(app.voice.get(id).recordingUrl()).isEqualTo("https://voice.africastalking.com/rec/abc.mp3");

        app.voice.processDue();
        ApiClient.Answer recording = operator.get("/api/v1/voice/recordings/" + id);
        assertThat(recording.json())
                .containsEntry("status", "recorded")
                .containsEntry("processing_status", "contract_created")
                .containsEntry("duration", 84)
                .containsEntry("transcript", SAID);
        assertThat((String) recording.get("contract_id")).matches("AG-\\d{4}-\\d{6}");
    }

    @Test
    void
            givenUnknownSessionsAndUnknownRecordings_whenAsked_thenRejectedThenTheFinalNotificationIs200_andUnknownRecordings404() {
        assertThat(callback("isActive=1&sessionId=ATVId_forged&direction=Inbound")
                        .body())
                .contains("<Reject/>");
        ApiClient.Answer end = callback("isActive=0&sessionId=ATVId_forged&direction=Inbound&durationInSeconds=0"
                + "&hangupCause=CALL_REJECTED&recordingUrl=None");
        assertThat(end.status())
                .as("the final notification of the call we rejected: " + end.body())
                .isEqualTo(200);
        assertThat(app.voiceCalls.findBySessionId("ATVId_forged"))
                .as("nothing stored for it")
                .isEmpty();
        ApiClient.Answer noSession = callback("sessionId=");
        assertThat(noSession.status())
                .as("it can never succeed: 200 with the reason, so AT does not retry")
                .isEqualTo(200);
        assertThat(noSession.json())
                .containsEntry("status", "ignored")
                .containsEntry("reason", "sessionId is required");
        assertThat(operator.get("/api/v1/voice/recordings/VC-none").status()).isEqualTo(404);
    }

    @Test
    void givenEndedCalls_whenAtResendsTheFinalNotificationOrALateActiveOne_then200AndNothingChanges() {
        app.clock.advance(java.time.Duration.ofSeconds(1)); // call ids derive from parties and time
        ApiClient.Answer started =
                operator.post("/api/v1/voice/conference/create", "{\"parties\": [\"0712345678\", \"0722000111\"]}");
        String recorded = started.get("session_id");
        String recordedId = started.get("conference_id");
        callback("isActive=1&sessionId=" + recorded);
        String finalForm = "isActive=0&sessionId=" + recorded
                + "&recordingUrl=https%3A%2F%2Fat.example%2Fr1.mp3&durationInSeconds=30"
                + "&hangupCause=NORMAL_CLEARING";
        assertThat(callback(finalForm).status()).isEqualTo(200);
        VoiceCall first = app.voice.get(recordedId);
        for (String again : List.of(
                finalForm,
                "isActive=0&sessionId=" + recorded + "&recordingUrl=https%3A%2F%2Fat.example%2Fother.mp3"
                        + "&durationInSeconds=99&hangupCause=USER_BUSY",
                "isActive=0&sessionId=" + recorded)) {
            ApiClient.Answer answer = callback(again);
            assertThat(answer.status()).as(again + ": " + answer.body()).isEqualTo(200);
            assertThat(app.voice.get(recordedId).snapshot()).as("no change").isEqualTo(first.snapshot());
        }
        ApiClient.Answer lateActive = callback("isActive=1&sessionId=" + recorded);
        assertThat(lateActive.status()).isEqualTo(200);
        assertThat(lateActive.body()).contains("<Reject/>");
        assertThat(app.voice.get(recordedId).snapshot()).isEqualTo(first.snapshot());

        app.clock.advance(java.time.Duration.ofSeconds(1));
        ApiClient.Answer unanswered =
                operator.post("/api/v1/voice/conference/create", "{\"parties\": [\"0712345678\", \"0722000111\"]}");
        String failed = unanswered.get("session_id");
        String noAnswer = "isActive=0&sessionId=" + failed + "&durationInSeconds=0&hangupCause=NO_ANSWER";
        assertThat(callback(noAnswer).status()).isEqualTo(200);
        int told = app.outbox.pending().size();
        assertThat(callback(noAnswer).status()).isEqualTo(200);
        assertThat(app.outbox.pending()).as("the parties are told once").hasSize(told);
        assertThat(app.voice.get((String) unanswered.get("conference_id")).status())
                .isEqualTo(CallStatus.FAILED);
    }

    @Test
    void givenAudioUrl_whenProcessed_thenContractAndTerms_andTranscriberDownIs503() {
        app.voiceProviders.record("https://files.example/deal.wav", SAID);
        ApiClient.Answer processed = operator.post("/api/v1/voice/process", """
                {"audio_url": "https://files.example/deal.wav", "contract_type": "agricultural_supply",
                 "parties": [{"phone": "0712345678", "role": "buyer", "name": "Amina"}, {"phone": "0722000111", "role": "seller"}]}""");
        assertThat(processed.status()).as(processed.body()).isEqualTo(200);
        assertThat(processed.json())
                .containsEntry("processing_status", "contract_created")
                .containsKeys("contract_hash", "confidence_score");
        assertThat(processed.<Map<String, Object>>get("terms"))
                .containsEntry("product", "maize")
                .containsEntry("unit_price", 3500);
        assertThat((String) processed.get("contract_summary")).startsWith("VoicePact Contract Summary:");
        assertThat(operator.post("/api/v1/voice/process", "{\"parties\": [\"0712345678\", \"0722000111\"]}")
                        .status())
                .isEqualTo(400);
        app.voiceProviders.setTranscriberDown(true);
        try {
            assertThat(operator.post(
                                    "/api/v1/voice/process",
                                    "{\"audio_url\": \"https://files.example/deal.wav\", "
                                            + "\"parties\": [\"0712345678\", \"0722000111\"]}")
                            .status())
                    .isEqualTo(503);
        } finally {
            app.voiceProviders.setTranscriberDown(false);
        }
    }

    @Test
    void givenUploadedClip_whenTranscribed_thenTextAndTerms_andNonAudioRefused() throws Exception {
        HttpResponse<String> ok = upload("deal.wav", "audio/wav", SAID.getBytes(StandardCharsets.UTF_8));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"transcript\":\"nitakuuzia").contains("\"processing_status\":\"complete\"");
        assertThat(upload("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(400);
        assertThat(upload("big.wav", "audio/wav", new byte[2 * 1024 * 1024]).statusCode())
                .isEqualTo(413);
    }

    private HttpResponse<String> upload(String name, String type, byte[] bytes) throws Exception {
        String boundary = "----voicepact-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURI() + "/api/v1/voice/upload"))
                                .header("X-API-Key", WebTestApplication.OPERATOR_KEY)
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
