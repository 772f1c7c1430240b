package com.voicepact.adapter.out.mpesa;

import java.util.Locale;

/**
 * Which Daraja a client talks to, with its base URL (source: Safaricom's Daraja portal, v3, 2025).
 * {@code SANDBOX} is Safaricom's test system (also the local sandbox's mode); {@code PRODUCTION} moves real money
 * and therefore demands every credential and HTTPS callbacks.
 */
public enum DarajaEnvironment {
    SANDBOX("https://sandbox.safaricom.co.ke"),
    PRODUCTION("https://api.safaricom.co.ke");

    private final String baseUrl;

    DarajaEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * @throws IllegalArgumentException naming the accepted words when {@code value} is neither {@code sandbox} nor
     *         {@code production} (case-insensitive)
     */
    public static DarajaEnvironment parse(String value) {
        String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "sandbox" -> SANDBOX;
            case "production" -> PRODUCTION;
            default ->
                throw new IllegalArgumentException(
                        "MPESA_ENVIRONMENT must be sandbox or production, got '" + value + "'");
        };
    }
}
