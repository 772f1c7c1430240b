package com.voicepact.adapter.out.transcription;

import com.sun.net.httpserver.HttpServer;
import com.voicepact.application.portcontract.RecordingFetchContractTest;
import com.voicepact.application.portcontract.SpeechToTextContractTest;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The speech-to-text and recording download contracts on this module's adapters, over HTTP against a
 * small local server: an OpenAI-compatible {@code POST /v1/audio/transcriptions} answering
 * {@code {"text": ...}} (and one answering 503), and a host serving a recording, a web page and a 404.
 */
class TranscriptionPortsContractTest {

    private static final String NOTHING_LISTENING = "http://127.0.0.1:1";
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve(
                "/ok/v1/audio/transcriptions",
                200,
                "application/json",
                "{\"text\": \" " + SpeechToTextContractTest.SPOKEN + " \"}");
        serve("/busy/v1/audio/transcriptions", 503, "application/json", "{\"error\":\"busy\"}");
        serve("/rec/call.wav", 200, "audio/wav", "RIFF....WAVE");
        serve("/rec/page", 200, "text/html", "<html></html>");
        server.start();
    }

    private void serve(String path, int status, String type, String body) {
        server.createContext(path, exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
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

    private static TranscriptionConfig config(String baseUrl) {
        return TranscriptionConfig.of(baseUrl, "whisper-large-v3", "sk-test").withLimits(Duration.ofSeconds(5), 1024);
    }

    @Nested
    class SpeechToText extends SpeechToTextContractTest {
        @Override
        protected SpeechToTextPort transcriber() {
            return new OpenAiCompatibleTranscriber(config(base() + "/ok"));
        }

        @Override
        protected SpeechToTextPort unreachableTranscriber() {
            return new OpenAiCompatibleTranscriber(config(NOTHING_LISTENING));
        }

        @Override
        protected SpeechToTextPort failingTranscriber() {
            return new OpenAiCompatibleTranscriber(config(base() + "/busy"));
        }

        @Override
        protected AudioClip spokenClip() {
            return new AudioClip(new byte[] {82, 73, 70, 70}, "audio/wav", "call.wav");
        }
    }

    @Nested
    class RecordingFetch extends RecordingFetchContractTest {
        @Override
        protected RecordingFetchPort fetcher() {
            return new HttpRecordingFetcher(config(base()));
        }

        @Override
        protected String audioUrl() {
            return base() + "/rec/call.wav";
        }

        @Override
        protected String notAudioUrl() {
            return base() + "/rec/page";
        }

        @Override
        protected String missingUrl() {
            return base() + "/rec/none.wav";
        }
    }
}
