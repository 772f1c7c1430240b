package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.adapter.in.web.security.OperatorKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code java -jar} prints, read as an operator's log shipper or a person at the terminal reads it. */
class ServiceOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void givenLogFormatJson_whenTheServiceStartsAndRuns_thenEveryLineItPrintsIsOneJsonObject() throws Exception {
        Path log = dir.resolve("service.log");
        Process process = ServiceProcess.start(
                log, Map.of("VOICEPACT_DATA_DIR", dir.resolve("data").toString(), "LOG_FORMAT", "json"));
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (!Files.readString(log).contains("VoicePact is running at")
                    && Instant.now().isBefore(deadline)) {
                assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
                Thread.sleep(100);
            }
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(lines)
                .as("the start-up lines, the first operator key among them")
                .hasSizeGreaterThan(5);
        assertThat(lines).allSatisfy(line -> {
            JsonNode object = JSON.readTree(line);
            assertThat(object.isObject()).as(line).isTrue();
            assertThat(object.path("formattedMessage").isTextual()).as(line).isTrue();
        });
        String key = Files.readString(dir.resolve("data").resolve(SecurityFactory.OPERATOR_KEY_FILE))
                .strip();
        assertThat(lines).anyMatch(line -> line.contains("VoicePact operator API key made; it is kept in"));
        assertThat(String.join("\n", lines))
                .as("a log collector never gets the key")
                .doesNotContain(key);
    }

    @Test
    void givenLogFormatJson_whenTheConfigurationIsRefused_thenTheRefusalIsAJsonLineToo() throws Exception {
        Path log = dir.resolve("refused-json.log");
        Process process = ServiceProcess.start(
                log, Map.of("LOG_FORMAT", "json", "DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/voicepact"));
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("it gives up").isTrue();
        List<String> lines = Files.readAllLines(log);
        assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(2);
        assertThat(lines)
                .isNotEmpty()
                .allSatisfy(line ->
                        assertThat(JSON.readTree(line).isObject()).as(line).isTrue());
        assertThat(JSON.readTree(lines.get(lines.size() - 1))
                        .path("formattedMessage")
                        .asText())
                .startsWith("VoicePact cannot start: VOICEPACT_API_KEYS must be set");
    }

    @Test
    void givenAnUnreachableDatabase_whenTheServiceStarts_thenItsLastLineSaysTheDatabaseCannotBeUsedAndItExits1()
            throws Exception {
        Path log = dir.resolve("refused.log");
        Process process = ServiceProcess.start(
                log,
                Map.of(
                        "DATABASE_URL", "jdbc:postgresql://127.0.0.1:9/voicepact",
                        "VOICEPACT_API_KEYS", OperatorKeys.sha256Hex("output-test-key"),
                        "VOICEPACT_AUDIT_KEY", "output-test-audit-key-of-enough-length-0123456789"));
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }
        List<String> lines = Files.readAllLines(log);
        assertThat(exited).as("it gives up").isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
        assertThat(lines.get(lines.size() - 1))
                .startsWith("VoicePact cannot start: the database cannot be used (DATABASE_URL): ")
                .contains("127.0.0.1:9");
    }
}
