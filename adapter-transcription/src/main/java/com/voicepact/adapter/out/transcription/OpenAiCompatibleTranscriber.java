package com.voicepact.adapter.out.transcription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** {@code POST <base>/v1/audio/transcriptions}, multipart (file, model, response_format=json[, language]) -> {@code {"text": ...}}. */
public final class OpenAiCompatibleTranscriber implements SpeechToTextPort {

    private final TranscriptionConfig config;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public OpenAiCompatibleTranscriber(TranscriptionConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .build();
    }

    @Override
    public String transcribe(AudioClip audio) {
        String boundary =
                "voicepact-" + UUID.nameUUIDFromBytes(audio.bytes()).toString().replace("-", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(stripSlash(config.baseUrl()) + "/v1/audio/transcriptions"))
                .timeout(config.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, audio)));
        if (!config.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + config.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayException("speech-to-text unreachable", false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted while transcribing", false, e);
        }
        if (response.statusCode() != 200) {
            throw new GatewayException(
                    "speech-to-text answered " + response.statusCode() + ": " + abbreviate(response.body()),
                    false,
                    null);
        }
        try {
            JsonNode text = json.readTree(response.body()).get("text");
            if (text == null || text.isNull()) {
                throw new GatewayException("speech-to-text answer has no text", false, null);
            }
            return text.asText().strip();
        } catch (IOException e) {
            throw new GatewayException("speech-to-text answer is not JSON: " + abbreviate(response.body()), false, e);
        }
    }

    private byte[] multipart(String boundary, AudioClip audio) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, boundary, "model", config.model());
        field(out, boundary, "response_format", "json");
        if (config.language() != null) {
            field(out, boundary, "language", config.language());
        }
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + audio.fileName().replace("\"", "") + "\"\r\nContent-Type: " + audio.contentType()
                        + "\r\n\r\n");
        out.writeBytes(audio.bytes());
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        write(
                out,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
