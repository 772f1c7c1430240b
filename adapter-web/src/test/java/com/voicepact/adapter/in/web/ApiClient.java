package com.voicepact.adapter.in.web;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain JDK HTTP client over a real socket, answering status + parsed JSON. */
public final class ApiClient {

    public record Answer(int status, String body, Map<String, Object> json, java.net.http.HttpHeaders headers) {
        @SuppressWarnings("unchecked")
        public <T> T get(String field) {
            return (T) json.get(field);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper mapper;
    private final String apiKey;

    public ApiClient(URI base, JsonMapper mapper, String apiKey) {
        this.base = base;
        this.mapper = mapper;
        this.apiKey = apiKey;
    }

    /** A client of {@code server} holding the test operator's key ({@link WebTestApplication#OPERATOR_KEY}). */
    public static ApiClient asOperator(io.micronaut.runtime.server.EmbeddedServer server) {
        return new ApiClient(
                server.getURI(),
                server.getApplicationContext().getBean(JsonMapper.class),
                WebTestApplication.OPERATOR_KEY);
    }

    public ApiClient withKey(String key) {
        return new ApiClient(base, mapper, key);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer postWith(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder builder =
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Answer postBytesWith(String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder builder =
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return send(builder);
    }

    public Answer postBytes(String path, byte[] body) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }

    @SuppressWarnings("unchecked")
    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            Map<String, Object> json = body.startsWith("{") ? mapper.readValue(body, Map.class) : Map.of();
            return new Answer(response.statusCode(), body, json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
