package com.voicepact.adapter.out.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** AT's HTTP conventions: {@code apiKey} and {@code Accept} headers, form or JSON bodies, JSON answers. */
final class AtHttp {

    private final HttpClient client;
    private final AtConfig config;
    private final ObjectMapper json = new ObjectMapper();

    AtHttp(AtConfig config) {
        this.config = config;
        this.client =
                HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    JsonNode postForm(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode postJson(String url, Object body) {
        try {
            return send(request(url)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("request body cannot be written as JSON", e);
        }
    }

    JsonNode get(String url, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(url + "?" + q).GET());
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(config.requestTimeout())
                .header("apiKey", config.apiKey())
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpResponse<String> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException notConnected) {
            throw new AtFailure(AtFailure.Kind.NOT_CONNECTED, "cannot connect to Africa's Talking", notConnected);
        } catch (HttpTimeoutException timeout) {
            throw new AtFailure(AtFailure.Kind.NO_ANSWER, "no answer from Africa's Talking in time", timeout);
        } catch (IOException broken) {
            throw new AtFailure(AtFailure.Kind.NO_ANSWER, "connection to Africa's Talking broke", broken);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AtFailure(AtFailure.Kind.NO_ANSWER, "interrupted while waiting for Africa's Talking", e);
        }
        if (response.statusCode() == 401) {
            throw new AtFailure(
                    AtFailure.Kind.UNAUTHORIZED, "Africa's Talking refused the API key: " + response.body(), null);
        }
        if (response.statusCode() >= 500) {
            throw new AtFailure(
                    AtFailure.Kind.SERVER_ERROR, "Africa's Talking answered " + response.statusCode(), null);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException | NumberFormatException notJson) {
            throw new AtFailure(
                    AtFailure.Kind.BAD_ANSWER,
                    "Africa's Talking answered " + response.statusCode() + " with: " + abbreviate(response.body()),
                    notJson);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
