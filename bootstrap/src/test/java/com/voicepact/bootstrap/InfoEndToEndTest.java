package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /info} reports what this build and its configuration really provide, not a hard-coded list. */
class InfoEndToEndTest {

    private static final Map<String, Object> RANDOM_PORT = Map.of("micronaut.server.port", -1);

    @TempDir
    Path dataDir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> info(ApplicationContext service) throws Exception {
        String body = Http.get(service.getBean(EmbeddedServer.class).getURI(), "/info", null)
                .body();
        return Eventually.json(service, body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> features(Map<String, Object> info) {
        return (Map<String, Object>) info.get("features");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> providers(Map<String, Object> info) {
        return (Map<String, Object>) info.get("providers");
    }

    @Test
    void givenTheEmbeddedDefault_whenAsked_thenEverythingThroughTheLocalSandboxIsReported() throws Exception {
        try (ApplicationContext service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"), RANDOM_PORT)) {
            Map<String, Object> info = info(service);
            assertThat(features(info))
                    .containsEntry("ussd_support", true)
                    .containsEntry("sms_integration", true)
                    .containsEntry("payment_escrow", true)
                    .containsEntry("voice_processing", true)
                    .containsEntry("contract_generation", true)
                    .containsEntry("crypto_signatures", true);
            assertThat(providers(info))
                    .containsEntry("africastalking", "local_sandbox")
                    .containsEntry("mpesa", "local_sandbox")
                    .containsEntry("speech_to_text", "local_sandbox");
        }
    }

    @Test
    void givenAfricasTalkingWithoutAVoiceNumberOrSpeechToText_whenAsked_thenVoiceProcessingIsNotReported()
            throws Exception {
        try (ApplicationContext service = Application.start(
                Map.of(
                        "VOICEPACT_DATA_DIR",
                        dataDir.toString(),
                        "AT_API_KEY",
                        "a-key",
                        "AT_USERNAME",
                        "voicepact",
                        "AT_BASE_URL",
                        "http://127.0.0.1:9"),
                RANDOM_PORT)) {
            Map<String, Object> info = info(service);
            assertThat(features(info))
                    .containsEntry("ussd_support", true)
                    .containsEntry("sms_integration", true)
                    .containsEntry("payment_escrow", true)
                    .containsEntry("voice_processing", false);
            assertThat(providers(info))
                    .containsEntry("africastalking", "africastalking")
                    .containsEntry("speech_to_text", "not_configured")
                    .containsEntry("voice_number", "not_configured");
        }
    }

    @Test
    void givenNoProviderAtAll_whenAsked_thenNoProviderFeatureIsReported() throws Exception {
        try (ApplicationContext service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString()),
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "voicepact.africastalking.enabled",
                        "false",
                        "voicepact.mpesa.enabled",
                        "false"))) {
            Map<String, Object> info = info(service);
            assertThat(features(info))
                    .containsEntry("ussd_support", false)
                    .containsEntry("sms_integration", false)
                    .containsEntry("payment_escrow", false)
                    .containsEntry("voice_processing", false)
                    .containsEntry("contract_generation", true);
            assertThat(providers(info))
                    .containsEntry("africastalking", "not_configured")
                    .containsEntry("mpesa", "not_configured");
        }
    }
}
