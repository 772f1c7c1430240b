package com.voicepact.adapter.out.transcription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.InvalidValueException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transcriber and the recording download against a local server speaking their HTTP. */
class TranscriptionAdapterTest {

    private HttpServer server;
    private final AtomicReference<String> lastBody = new AtomicReference<>();
    private final AtomicReference<String> lastAuth = new AtomicReference<>();
    private final AtomicReference<String> lastType = new AtomicReference<>();
    private volatile int transcriptionStatus = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/audio/transcriptions", exchange -> {
            lastBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            lastAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
            lastType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            byte[] answer = (transcriptionStatus == 200
                            ? "{\"text\": \" nitakuuzia magunia mia moja \"}"
                            : "{\"error\":\"busy\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(transcriptionStatus, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        serve("/rec/call.wav", "audio/wav", new byte[] {82, 73, 70, 70, 1, 2, 3}, true);
        serve("/rec/page", "text/html", "<html>".getBytes(StandardCharsets.UTF_8), true);
        serve("/rec/huge.mp3", "audio/mpeg", new byte[2048], true);
        serve("/rec/chunked.mp3", "audio/mpeg", new byte[4096], false);
        server.start();
    }

    private void serve(String path, String type, byte[] body, boolean withLength) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, withLength ? body.length : 0);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private TranscriptionConfig config() {
        return TranscriptionConfig.of(base(), "whisper-large-v3", "sk-test").withLimits(Duration.ofSeconds(5), 1024);
    }

    @Test
    void givenAudio_whenTranscribed_thenOpenAiMultipartWithModelFileAndKey_andTheTextBack() {
        String text = new OpenAiCompatibleTranscriber(config())
                .transcribe(new AudioClip(new byte[] {1, 2, 3}, "audio/wav", "call.wav"));
        assertThat(text).isEqualTo("nitakuuzia magunia mia moja");
        assertThat(lastType.get()).startsWith("multipart/form-data; boundary=");
        assertThat(lastAuth.get()).isEqualTo("Bearer sk-test");
        assertThat(lastBody.get())
                .contains("name=\"model\"\r\n\r\nwhisper-large-v3")
                .contains("name=\"response_format\"\r\n\r\njson")
                .contains("name=\"file\"; filename=\"call.wav\"\r\nContent-Type: audio/wav")
                .doesNotContain("name=\"language\"");
    }

    @Test
    void givenServerErrorOrNothingListening_whenTranscribed_thenAGatewayError() {
        transcriptionStatus = 503;
        AudioClip clip = new AudioClip(new byte[] {1}, "audio/wav", "a.wav");
        assertThatThrownBy(() -> new OpenAiCompatibleTranscriber(config()).transcribe(clip))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("503");
        assertThatThrownBy(
                        () -> new OpenAiCompatibleTranscriber(TranscriptionConfig.of("http://127.0.0.1:1", null, null))
                                .transcribe(clip))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("unreachable");
    }

    @Test
    void givenAudioRecording_whenFetched_thenBytesTypeAndName() {
        AudioClip clip = new HttpRecordingFetcher(config()).fetch(base() + "/rec/call.wav");
        assertThat(clip.bytes()).hasSize(7);
        assertThat(clip.contentType()).isEqualTo("audio/wav");
        assertThat(clip.fileName()).isEqualTo("call.wav");
    }

    @Test
    void givenNonAudioOversizedOrMissingRecordings_whenFetched_thenRefusedWithTheReason() {
        HttpRecordingFetcher fetcher = new HttpRecordingFetcher(config());
        assertThatThrownBy(() -> fetcher.fetch(base() + "/rec/page"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("not audio");
        assertThatThrownBy(() -> fetcher.fetch(base() + "/rec/huge.mp3"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("larger than 1024");
        assertThatThrownBy(() -> fetcher.fetch(base() + "/rec/chunked.mp3"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("larger than 1024");
        assertThatThrownBy(() -> fetcher.fetch(base() + "/rec/none.wav"))
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("404");
        assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd")).isInstanceOf(InvalidValueException.class);
    }
}
