package com.voicepact.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Minimal JDK HTTP calls for end-to-end tests over a real socket. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
    }

    static HttpResponse<String> get(URI base, String path, String apiKey) {
        return send(builder(base, path, apiKey).GET());
    }

    static HttpResponse<String> post(URI base, String path, String apiKey, String json) {
        return send(builder(base, path, apiKey).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder builder(URI base, String path, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
