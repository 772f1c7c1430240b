package com.voicepact.sandbox;

import java.util.Map;

/** A request a local sandbox received, as the provider (AT, Safaricom's Daraja) would have seen it. */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, String body) {

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
