package com.voicepact.adapter.out.africastalking;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Africa's Talking: the account, and the base URLs of its three APIs (the sandbox's
 * when the username is exactly {@code sandbox}). {@link #pointedAt} sends everything to one base,
 * such as the local AT sandbox.
 */
public record AtConfig(
        String username,
        String apiKey,
        String smsBaseUrl,
        String voiceBaseUrl,
        String paymentsBaseUrl,
        String productName,
        String voiceNumber,
        Duration connectTimeout,
        Duration requestTimeout,
        Duration retryInitialInterval) {

    public AtConfig {
        Objects.requireNonNull(username, "AT username");
        Objects.requireNonNull(apiKey, "AT api key");
        productName = productName == null || productName.isBlank() ? "VoicePact" : productName;
    }

    public static AtConfig of(String username, String apiKey, String productName, String voiceNumber) {
        boolean sandbox = "sandbox".equals(username);
        String domain = sandbox ? "sandbox.africastalking.com" : "africastalking.com";
        return new AtConfig(
                username,
                apiKey,
                "https://api." + domain,
                "https://voice." + domain,
                "https://payments." + domain,
                productName,
                voiceNumber,
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(1));
    }

    public AtConfig pointedAt(String baseUrl) {
        return new AtConfig(
                username,
                apiKey,
                baseUrl,
                baseUrl,
                baseUrl,
                productName,
                voiceNumber,
                connectTimeout,
                requestTimeout,
                retryInitialInterval);
    }

    public AtConfig withTimeouts(Duration connect, Duration request, Duration retryInitial) {
        return new AtConfig(
                username,
                apiKey,
                smsBaseUrl,
                voiceBaseUrl,
                paymentsBaseUrl,
                productName,
                voiceNumber,
                connect,
                request,
                retryInitial);
    }

    public boolean isSandbox() {
        return "sandbox".equals(username);
    }
}
