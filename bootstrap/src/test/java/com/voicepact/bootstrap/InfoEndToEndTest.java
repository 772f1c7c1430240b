package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** The project version as the build reads it: this module's pom.xml (the tests run in the module's directory). */
    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("<artifactId>voicepact-bootstrap</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).as("bootstrap/pom.xml names its version").isTrue();
        return version.group(1);
    }

    /** The commit checked out, as git tells it; empty when this is no git checkout or git is not installed. */
    private static Optional<String> checkedOutCommit() throws InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException noGit) {
            return Optional.empty();
        }
    }

    @Test
    void givenTheBuild_whenAsked_thenTheVersionIsTheProjectsAndTheCommitTheOneBuilt() throws Exception {
        try (ApplicationContext service = Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"), RANDOM_PORT)) {
            Map<String, Object> info = info(service);
            String version = projectVersion();
            assertThat(info).containsEntry("version", version).containsKey("commit");
            Optional<String> commit = checkedOutCommit();
            if (commit.isPresent()) {
                assertThat(info).containsEntry("commit", commit.get());
            } else {
                assertThat(info).containsEntry("commit", null);
            }
            String root = Http.get(service.getBean(EmbeddedServer.class).getURI(), "/", null)
                    .body();
            assertThat(Eventually.json(service, root)).containsEntry("version", version);
        }
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
