package com.voicepact.adapter.out.transcription;

import java.time.Duration;

/**
 * Where to transcribe: the base URL of an OpenAI-compatible server ({@code https://api.openai.com},
 * a whisper.cpp or faster-whisper server, LocalAI), the model, the key (may be empty for local
 * servers), an optional language hint (none: auto-detect, as Swahili/English calls need), limits.
 */
public record TranscriptionConfig(
        String baseUrl, String model, String apiKey, String language, Duration timeout, long maxRecordingBytes) {

    public static TranscriptionConfig of(String baseUrl, String model, String apiKey) {
        return new TranscriptionConfig(
                baseUrl,
                model == null ? "whisper-1" : model,
                apiKey == null ? "" : apiKey,
                null,
                Duration.ofSeconds(120),
                25L * 1024 * 1024);
    }

    public TranscriptionConfig withLimits(Duration newTimeout, long maxBytes) {
        return new TranscriptionConfig(baseUrl, model, apiKey, language, newTimeout, maxBytes);
    }
}
