package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The voice path on the running service with the local AT sandbox: the call, AT's callbacks and the
 * app's XML, the recording, its transcription, term extraction, the PENDING contract and the summary
 * SMS; then bad input: unknown sessions, a callback after the end, a non-audio recording, and an
 * unreachable speech-to-text service (the recording stays and is retried).
 */
class VoiceJourneyTest {

    private static final String SAID =
            "nitakuuzia magunia mia moja ya mahindi kwa shilingi elfu tatu na mia tano kila gunia "
                    + "nitaleta kitale kabla ya tarehe kumi na tano julai";

    @TempDir
    Path dataDir;

    private ApplicationContext start(Map<String, String> extraEnv) {
        Map<String, String> env = new java.util.HashMap<>(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"));
        env.putAll(extraEnv);
        return Application.start(
                env,
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "voicepact.dispatch-interval",
                        "200ms",
                        "voicepact.voice-interval",
                        "200ms"));
    }

    private static HttpResponse<String> form(URI base, String path, String body) throws Exception {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        HttpRequest.newBuilder(base.resolve(path))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenANegotiationCall_whenPlayedThroughTheSandbox_thenAPendingContractAndBothPartiesGetTheSummary()
            throws Exception {
        try (ApplicationContext service = start(Map.of())) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();

            Map<String, Object> call = json(
                    service,
                    Http.post(
                                    base,
                                    "/api/v1/voice/conference/create",
                                    key,
                                    "{\"parties\": [\"0712345678\", \"0722000111\"], \"contract_type\": \"agricultural_supply\"}")
                            .body());
            String session = (String) call.get("session_id");
            assertThat(at.requests()).anySatisfy(r -> assertThat(r.path()).isEqualTo("/call"));

            String xml = at.answerCall(session);
            assertThat(xml)
                    .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say")
                    .contains("recorded to write your contract")
                    .contains("<Dial phoneNumbers=\"+254722000111\" record=\"true\"");
            assertThat(at.hangUp(session, SAID)).contains("webhook_processed");

            String recordingPath = "/api/v1/voice/recordings/" + call.get("conference_id");
            await(
                    "the recording processed",
                    () -> body(service, base, recordingPath, key).contains("contract_created"));
            Map<String, Object> recording =
                    json(service, Http.get(base, recordingPath, key).body());
            assertThat(recording).containsEntry("transcript", SAID).containsEntry("status", "recorded");
            String contractId = (String) recording.get("contract_id");
            Map<String, Object> contract = json(
                    service,
                    Http.get(base, "/api/v1/contracts/" + contractId, key).body());
            assertThat(contract).containsEntry("status", "pending");
            assertThat((Map<String, Object>) contract.get("terms"))
                    .containsEntry("product", "maize")
                    .containsEntry("delivery_location", "Kitale");
            await(
                    "both summaries",
                    () -> at.inbox("+254712345678").stream()
                                    .anyMatch(m -> m.text().contains("YES-" + contractId))
                            && at.inbox("+254722000111").stream()
                                    .anyMatch(m -> m.text().contains("NO-" + contractId)));

            assertThat(form(base, "/api/v1/voice/webhook", "isActive=0&sessionId=" + session + "&recordingUrl=x")
                            .statusCode())
                    .as("AT resending a final notification: normal, nothing changes")
                    .isEqualTo(200);
            assertThat(json(service, Http.get(base, recordingPath, key).body())).isEqualTo(recording);
            assertThat(form(base, "/api/v1/voice/webhook", "isActive=1&sessionId=ATVId_unknown")
                            .body())
                    .contains("<Reject/>");
            assertThat(form(
                                    base,
                                    "/api/v1/voice/webhook",
                                    "isActive=0&sessionId=ATVId_unknown&durationInSeconds=None"
                                            + "&hangupCause=CALL_REJECTED")
                            .statusCode())
                    .as("the end of the call we rejected")
                    .isEqualTo(200);
            assertThat(Http.post(
                                    base,
                                    "/api/v1/voice/process",
                                    key,
                                    "{\"audio_url\": \"" + at.simulatorUrl()
                                            + "\", \"parties\": [\"0712345678\", \"0722000111\"]}")
                            .statusCode())
                    .as("a page is not audio")
                    .isEqualTo(400);
        }
    }

    @Test
    void givenAtFinalNotificationWithNoneForAMissingDuration_whenPosted_then200AndTheRecordingIsKept()
            throws Exception {
        try (ApplicationContext service = start(Map.of())) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            Map<String, Object> call = json(
                    service,
                    Http.post(
                                    base,
                                    "/api/v1/voice/conference/create",
                                    key,
                                    "{\"parties\": [\"0712345678\", \"0722000111\"]}")
                            .body());
            String session = (String) call.get("session_id");
            at.answerCall(session);
            HttpResponse<String> ended = form(
                    base,
                    "/api/v1/voice/webhook",
                    "isActive=0&sessionId=" + session
                            + "&direction=Outbound&recordingUrl=https%3A%2F%2Fvoice.example%2Frec%2Fnone.mp3&durationInSeconds=None"
                            + "&hangupCause=None&currencyCode=None&amount=None");
            assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
            Map<String, Object> recording = json(
                    service,
                    Http.get(base, "/api/v1/voice/recordings/" + call.get("conference_id"), key)
                            .body());
            assertThat(recording)
                    .containsEntry("status", "recorded")
                    .containsEntry("recording_url", "https://voice.example/rec/none.mp3");
            assertThat(recording.get("duration")).as("AT did not say").isNull();
        }
    }

    @Test
    void givenSpeechToTextUnreachable_whenARecordingArrives_thenItIsKeptAndRetriedAndNothingCrashes() throws Exception {
        try (ApplicationContext service = start(Map.of("VOICEPACT_STT_URL", "http://127.0.0.1:1"))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            Map<String, Object> call = json(
                    service,
                    Http.post(
                                    base,
                                    "/api/v1/voice/conference/create",
                                    key,
                                    "{\"parties\": [\"0712345678\", \"0722000111\"]}")
                            .body());
            String session = (String) call.get("session_id");
            at.answerCall(session);
            at.hangUp(session, SAID);
            String recordingPath = "/api/v1/voice/recordings/" + call.get("conference_id");
            await(
                    "a failed attempt",
                    () -> body(service, base, recordingPath, key).contains("retrying"));
            Map<String, Object> recording =
                    json(service, Http.get(base, recordingPath, key).body());
            assertThat((String) recording.get("recording_url")).contains("/sandbox/recordings/");
            assertThat((String) recording.get("last_error")).contains("speech-to-text unreachable");
            assertThat(recording.get("contract_id")).isNull();
            assertThat(Http.get(base, "/health", null).statusCode()).isEqualTo(200);
        }
    }

    private static String body(ApplicationContext service, URI base, String path, String key) {
        return Http.get(base, path, key).body();
    }
}
