package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.voicepact.sandbox.RecordedRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Africa's Talking's own API on the wire, as the real client sees it: every request recorded, the faults a test switched
 * on (a dropped request, latency, a closed connection, a 5xx), AT's {@code 401 text/plain} for a wrong {@code apiKey},
 * then AT's paths answered with AT's shapes and statuses (201 for a POST, 200 for a query and for {@code /call}).
 */
final class AtApiRoutes {

    private static final String BAD_KEY = "The supplied authentication is invalid";
    private final Supplier<SandboxSettings> settings;
    private final ObjectMapper json;
    private final SandboxFaults faults;
    private final SandboxPayments payments;
    private final SandboxPhones phones;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

    AtApiRoutes(
            Supplier<SandboxSettings> settings,
            ObjectMapper json,
            SandboxFaults faults,
            SandboxPayments payments,
            SandboxPhones phones) {
        this.settings = settings;
        this.json = json;
        this.faults = faults;
        this.payments = payments;
        this.phones = phones;
    }

    /** Every API request received so far, in order (the simulator's own routes are not API requests). */
    List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    void handle(HttpExchange exchange, String path, String body) throws IOException {
        requests.add(new RecordedRequest(
                exchange.getRequestMethod(),
                path,
                exchange.getRequestURI().getRawQuery(),
                Exchanges.headers(exchange),
                body));
        if (faults.dropped(path, body)) {
            exchange.getResponseBody().close();
            return;
        }
        if (injectFault(exchange)) {
            return;
        }
        if (!settings.get().apiKey().equals(exchange.getRequestHeaders().getFirst("apiKey"))) {
            Exchanges.send(exchange, 401, "text/plain", BAD_KEY);
            return;
        }
        route(exchange, exchange.getRequestMethod() + " " + path, body);
    }

    private void route(HttpExchange exchange, String route, String body) throws IOException {
        Map<String, String> query = Exchanges.form(exchange.getRequestURI().getRawQuery());
        JsonNode answer = switch (route) {
            case "POST /version1/messaging" -> phones.sendSms(Exchanges.form(body));
            case "POST /call" -> phones.call(Exchanges.form(body));
            case "POST /mobile/checkout/request" -> payments.checkout(json.readTree(body));
            case "POST /mobile/b2c/request" -> payments.payout(json.readTree(body));
            case "GET /query/wallet/balance" -> payments.balance();
            case "GET /query/transaction/find" -> payments.find(query.get("transactionId"));
            case "GET /query/transaction/fetch" ->
                payments.fetch(query.get("category"), query.get("startDate"), query.get("endDate"));
            default -> null;
        };
        if (answer == null) {
            Exchanges.send(exchange, 404, "text/plain", "Not found: " + route);
            return;
        }
        faults.answering(exchange.getRequestURI().getPath(), body);
        Exchanges.sendJson(exchange, route.startsWith("GET ") || route.equals("POST /call") ? 200 : 201, json, answer);
    }

    private boolean injectFault(HttpExchange exchange) throws IOException {
        if (faults.latencyMillis > 0) {
            try {
                Thread.sleep(faults.latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.droppedConnections.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            exchange.getResponseBody().close(); // no status line: the client sees the connection end
            return true;
        }
        if (faults.serverErrors.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            Exchanges.send(exchange, 500, "text/plain", "Internal Server Error");
            return true;
        }
        return false;
    }
}
