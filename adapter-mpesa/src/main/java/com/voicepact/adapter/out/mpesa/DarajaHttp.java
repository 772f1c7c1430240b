package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

/**
 * Daraja's HTTP conventions: JSON bodies and answers, {@code Authorization} on every call, gateway errors as
 * {@code errorCode}/{@code errorMessage}. Transport failures become {@link DarajaFailure}, error answers
 * {@link DarajaGatewayError}; nothing here retries.
 */
final class DarajaHttp {

    /** Exact amounts: {@code "Value":1.00} is read as the BigDecimal 1.00, exactly as written. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /**
     * No number Daraja writes (amounts, dates as {@code 20261130101530}, phone numbers) has more than this many digits
     * before or after the point; one beyond it is kept in scientific form ({@code 1E+20000000}), never expanded, since
     * expanding or re-parsing such a number costs minutes of CPU (a forged callback could pin a thread with it).
     */
    static final int MOST_DIGITS = 40;

    /** A value as text: numbers exactly as written ({@code 1500.00}, never {@code 1.5E+3}), strings as they are. */
    static String text(JsonNode value) {
        if (!value.isBigDecimal()) {
            return value.asText();
        }
        BigDecimal number = value.decimalValue();
        return Math.abs((long) number.scale()) > MOST_DIGITS ? number.toString() : number.toPlainString();
    }

    private final HttpClient client;
    private final DarajaConfig config;
    private final DarajaHealth health = new DarajaHealth();

    DarajaHttp(DarajaConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    JsonNode get(String path, String authorization) {
        return send(request(path, authorization).GET());
    }

    JsonNode postJson(String path, String authorization, Object body) {
        try {
            return send(request(path, authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("request body cannot be written as JSON", e);
        }
    }

    private HttpRequest.Builder request(String path, String authorization) {
        return HttpRequest.newBuilder(URI.create(config.baseUrl() + path))
                .timeout(config.requestTimeout())
                .header("Authorization", authorization)
                .header("Accept", "application/json");
    }

    /** Whether Daraja answered the calls made through this client lately. */
    DarajaHealth health() {
        return health;
    }

    private JsonNode send(HttpRequest.Builder builder) {
        HttpResponse<String> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException notConnected) {
            throw unanswered(DarajaFailure.Kind.NOT_CONNECTED, "cannot connect to Daraja", notConnected);
        } catch (HttpTimeoutException timeout) {
            throw unanswered(DarajaFailure.Kind.NO_ANSWER, "no answer from Daraja in time", timeout);
        } catch (IOException broken) {
            throw unanswered(DarajaFailure.Kind.NO_ANSWER, "connection to Daraja broke before its answer", broken);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DarajaFailure(DarajaFailure.Kind.NO_ANSWER, "interrupted while waiting for Daraja", e);
        }
        health.answered();
        return read(response);
    }

    private DarajaFailure unanswered(DarajaFailure.Kind kind, String problem, Exception cause) {
        health.unanswered(problem);
        return new DarajaFailure(kind, problem, cause);
    }

    private static JsonNode read(HttpResponse<String> response) {
        JsonNode body = parse(response.body());
        if (body != null && body.hasNonNull("errorCode")) {
            throw new DarajaGatewayError(
                    response.statusCode(),
                    body.path("errorCode").asText(),
                    body.path("errorMessage").asText(""));
        }
        if (body == null || response.statusCode() / 100 != 2) {
            throw new DarajaFailure(
                    DarajaFailure.Kind.BAD_ANSWER,
                    "Daraja answered " + response.statusCode() + " with: " + abbreviate(response.body()),
                    null);
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = text == null || text.isBlank() ? null : JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException
                | NumberFormatException
                        notJson) { // a number whose exponent overflows is Jackson's NumberFormatException
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
