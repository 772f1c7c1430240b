package com.voicepact.adapter.out.transcription;

import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;

/**
 * Downloads AT's recording ({@code recordingUrl}): http(s) only, within a time limit, audio only,
 * and never more than the size limit (the download stops at the first byte over it).
 */
public final class HttpRecordingFetcher implements RecordingFetchPort {

    public static final Set<String> AUDIO_TYPES = Set.of(
            "audio/wav",
            "audio/x-wav",
            "audio/wave",
            "audio/mpeg",
            "audio/mp3",
            "audio/mp4",
            "audio/m4a",
            "audio/x-m4a",
            "audio/ogg",
            "audio/flac",
            "audio/x-flac",
            "audio/webm");
    private final TranscriptionConfig config;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build();

    public HttpRecordingFetcher(TranscriptionConfig config) {
        this.config = config;
    }

    @Override
    public AudioClip fetch(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidValueException("recording URL '" + url + "' is not a URL");
        }
        InvalidValueException.require(
                "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()),
                "recording URL must be http or https");
        HttpResponse<InputStream> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(uri).timeout(config.timeout()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new GatewayException("recording unreachable", false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted while downloading the recording", false, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new GatewayException("recording download answered " + response.statusCode(), false, null);
            }
            String type = response.headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .split(";")[0]
                    .strip()
                    .toLowerCase(Locale.ROOT);
            InvalidValueException.require(
                    AUDIO_TYPES.contains(type),
                    "the recording is not audio (" + (type.isEmpty() ? "no type" : type) + ")");
            long declared =
                    response.headers().firstValueAsLong("Content-Length").orElse(-1);
            InvalidValueException.require(
                    declared <= config.maxRecordingBytes(),
                    "the recording is larger than " + config.maxRecordingBytes() + " bytes");
            return new AudioClip(readAtMost(body, config.maxRecordingBytes()), type, fileName(uri, type));
        } catch (IOException e) {
            throw new GatewayException("recording download broke", false, e);
        }
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > max) {
                throw new InvalidValueException("the recording is larger than " + max + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String fileName(URI uri, String type) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.contains(".")) {
            return last;
        }
        return "recording."
                + (type.contains("mpeg") || type.contains("mp3")
                        ? "mp3"
                        : type.contains("ogg")
                                ? "ogg"
                                : type.contains("flac")
                                        ? "flac"
                                        : type.contains("m4a") || type.contains("mp4") ? "m4a" : "wav");
    }
}
