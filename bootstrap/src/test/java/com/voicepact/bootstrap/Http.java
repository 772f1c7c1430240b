package com.voicepact.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Minimal JDK HTTP calls for end-to-end tests over a real socket. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** AT posts its USSD form over HTTP/1.1. */
    private static final HttpClient AT_CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http() {}

    static HttpResponse<String> get(URI base, String path, String apiKey) {
        return send(builder(base, path, apiKey).GET());
    }

    static HttpResponse<String> post(URI base, String path, String apiKey, String json) {
        return send(builder(base, path, apiKey)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** One USSD hop as AT posts it (form over HTTP/1.1, network 63902) to {@code node}'s USSD endpoint. */
    static HttpResponse<String> ussdHop(URI node, String sessionId, String phoneE164, String text) {
        String form = "sessionId=" + sessionId + "&serviceCode=%2A384%2A123%23&phoneNumber="
                + URLEncoder.encode(phoneE164, StandardCharsets.UTF_8) + "&networkCode=63902&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return send(
                AT_CLIENT,
                HttpRequest.newBuilder(node.resolve("/api/v1/ussd/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static HttpRequest.Builder builder(URI base, String path, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(CLIENT, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
