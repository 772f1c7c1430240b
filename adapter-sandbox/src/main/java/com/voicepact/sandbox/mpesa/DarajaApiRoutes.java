package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.voicepact.sandbox.RecordedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daraja's own API on the wire, as the real client sees it: every request recorded, the faults a test switched on (a
 * dropped request, a spike arrest), OAuth, then each API's path answered 200 with its JSON, or refused in Daraja's
 * gateway shape {@code {"requestId","errorCode","errorMessage"}} ({@link GatewayError}; anything unexpected is Daraja's
 * 500 "Internal Server Error").
 */
final class DarajaApiRoutes {

    private final ObjectMapper json;
    private final SandboxFaults faults;
    private final SandboxAuth auth;
    private final SandboxCollections collections;
    private final SandboxPayouts payouts;
    private final SandboxQueries queries;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    DarajaApiRoutes(
            ObjectMapper json,
            SandboxFaults faults,
            SandboxAuth auth,
            SandboxCollections collections,
            SandboxPayouts payouts,
            SandboxQueries queries) {
        this.json = json;
        this.faults = faults;
        this.auth = auth;
        this.collections = collections;
        this.payouts = payouts;
        this.queries = queries;
    }

    /** Every API request received (not the simulator's), oldest first. */
    List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void handle(HttpExchange exchange, String path, String body) throws IOException {
        requests.add(new RecordedRequest(
                exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers(exchange), body));
        if (faults.dropped(path)) {
            return; // closed without a status line: the client sees the connection end
        }
        try {
            JsonNode answer = route(exchange, exchange.getRequestMethod() + " " + path, body);
            faults.answering(path);
            sendJson(exchange, 200, json, answer);
        } catch (GatewayError e) {
            sendError(exchange, e);
        } catch (RuntimeException e) {
            sendError(exchange, new GatewayError(GatewayError.INTERNAL, "Internal Server Error"));
        }
    }

    private JsonNode route(HttpExchange exchange, String route, String body) {
        if (faults.spikeArrested()) {
            throw new GatewayError(GatewayError.SPIKE_ARREST, "Spike arrest violation");
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (route.equals("GET /oauth/v1/generate")) {
            return auth.generate(authorization, query(exchange).get("grant_type"));
        }
        auth.check(authorization);
        return switch (route) {
            case "POST /mpesa/stkpush/v1/processrequest" -> collections.push(parse(body));
            case "POST /mpesa/stkpushquery/v1/query" -> collections.query(parse(body));
            case "POST /mpesa/b2c/v3/paymentrequest" -> payouts.pay(parse(body));
            case "POST /mpesa/reversal/v1/request" -> payouts.reverse(parse(body));
            case "POST /mpesa/transactionstatus/v1/query" -> queries.status(parse(body));
            case "POST /mpesa/accountbalance/v1/query" -> queries.balance(parse(body));
            default -> throw new GatewayError(GatewayError.NOT_FOUND, "Resource not found");
        };
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw new GatewayError(GatewayError.INVALID_PAYLOAD, "Invalid Request Payload");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new GatewayError(GatewayError.INVALID_PAYLOAD, "Invalid Request Payload");
        }
    }

    private void sendError(HttpExchange exchange, GatewayError e) throws IOException {
        sendJson(
                exchange,
                e.status(),
                json,
                json.createObjectNode()
                        .put("requestId", e.requestId())
                        .put("errorCode", e.errorCode())
                        .put("errorMessage", e.getMessage()));
    }

    /** Answers {@code status} with {@code node} as {@code application/json}. */
    static void sendJson(HttpExchange exchange, int status, ObjectMapper json, JsonNode node) throws IOException {
        byte[] bytes = json.writeValueAsBytes(node);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> fields = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return fields;
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return headers;
    }
}
