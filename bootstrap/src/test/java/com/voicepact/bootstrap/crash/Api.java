package com.voicepact.bootstrap.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * The operator API of a child service over a real socket. A call that gets no answer (the service
 * died under it) is {@link Optional#empty()}: it was never acknowledged.
 */
final class Api {

    record Answer(int status, JsonNode body) {
        String text(String field) {
            return body.path(field).asText(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** Far beyond what a loaded machine needs; a call still unanswered then is a failure, never taken for a kill. */
    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(120);

    private final URI base;
    private final String key;

    Api(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    Optional<Answer> post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A GET that must be answered (the service is up). */
    Answer get(String path) {
        return send(request(path).GET()).orElseThrow(() -> new AssertionError("no answer to GET " + path));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(ANSWER_DEADLINE)
                .header("X-API-Key", key);
    }

    private static Optional<Answer> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return Optional.of(new Answer(
                    response.statusCode(),
                    body == null || body.isBlank() ? JSON.createObjectNode() : readOrText(body)));
        } catch (java.net.http.HttpTimeoutException slow) {
            HttpRequest sent = request.build();
            throw new AssertionError(
                    "no answer within " + ANSWER_DEADLINE.toSeconds() + " s to " + sent.method() + " " + sent.uri()
                            + " (the connection stayed open: the service was slow, not killed)",
                    slow);
        } catch (IOException died) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static JsonNode readOrText(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.createObjectNode().put("text", body);
        }
    }
}
