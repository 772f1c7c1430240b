package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.voicepact.sandbox.EventStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The phone simulator page and the small JSON API it calls (local only, no API key): {@code GET /simulator};
 * {@code GET /sandbox/events} (server-sent events: {@code sms}, {@code call}, {@code checkout}, {@code journey}, as
 * {@link PhoneViews} draws them); {@code GET /sandbox/config}; {@code GET /sandbox/journey}; a phone's routes
 * ({@link PhoneRoutes}); {@code POST /sandbox/calls/{session}/{answer|hangup|decline}};
 * {@code POST /sandbox/checkouts/{id}/{approve|decline|ignore}}; the speech-to-text stand-in and the recordings.
 */
final class SimulatorRoutes {

    private final AtSandbox sandbox;
    private final ObjectMapper json;
    private final SandboxCalls calls;
    private final SandboxPayments payments;
    private final PhoneRoutes phones;
    private final EventStream events = new EventStream();
    private final SimulatorFeed feed;
    /** Set by the service after both sandboxes started; read by the config route. */
    private volatile URI paymentSimulator;

    /** The simulated phones act through {@code sandbox}'s own controls, as a test would. */
    SimulatorRoutes(
            AtSandbox sandbox,
            ObjectMapper json,
            SandboxPhones phoneLines,
            SandboxCalls calls,
            SandboxPayments payments,
            java.util.function.Supplier<String> region) {
        this.sandbox = sandbox;
        this.json = json;
        this.calls = calls;
        this.payments = payments;
        this.phones = new PhoneRoutes(sandbox, json, phoneLines, calls, payments, region);
        this.feed = new SimulatorFeed(events, new PhoneViews(json));
        phoneLines.tell(feed);
        calls.tell(feed);
        payments.tell(feed);
    }

    /** See {@link AtSandbox#showPaymentsFrom}. */
    void showPaymentsFrom(URI simulatorApi) {
        paymentSimulator = simulatorApi;
    }

    /** True when the exchange was kept open (an event stream): the caller must not close it. */
    boolean handle(HttpExchange exchange, String path, String body) throws IOException {
        String[] parts = path.split("/");
        String method = exchange.getRequestMethod();
        if (path.equals("/sandbox/events") && method.equals("GET")) {
            events.subscribe(exchange);
            return true;
        }
        if (path.equals("/simulator")) {
            Exchanges.send(exchange, 200, "text/html", page());
        } else if (path.equals("/v1/audio/transcriptions") && method.equals("POST")) {
            sendJson(exchange, 200, json.createObjectNode().put("text", SandboxCalls.transcribe(body)));
        } else if (path.startsWith("/sandbox/recordings/") && method.equals("GET")) {
            recording(exchange, path.substring("/sandbox/recordings/".length()).replace(".wav", ""));
        } else if (parts.length == 5 && parts[2].equals("calls") && method.equals("POST")) {
            call(exchange, parts[3], parts[4], body);
        } else if (path.equals("/sandbox/config") && method.equals("GET")) {
            config(exchange);
        } else if (path.equals("/sandbox/journey") && method.equals("GET")) {
            sendJson(exchange, 200, feed.journey());
        } else if ((parts.length == 4 || parts.length == 5) && parts[2].equals("phones")) {
            phones.handle(exchange, method, parts[3], parts.length == 5 ? parts[4] : "", body);
        } else if (parts.length == 5 && parts[2].equals("checkouts") && method.equals("POST")) {
            boolean done = switch (parts[4]) {
                case "approve" -> sandbox.approve(parts[3]);
                case "ignore" -> payments.ignore(parts[3]);
                default -> sandbox.decline(parts[3]);
            };
            sendJson(exchange, done ? 200 : 409, json.createObjectNode().put("done", done));
        } else if (path.equals("/sandbox/auto-approve") && method.equals("POST")) {
            sandbox.autoApprove(Boolean.parseBoolean(
                    Exchanges.form(exchange.getRequestURI().getRawQuery()).get("enabled")));
            sendJson(exchange, 200, json.createObjectNode().put("ok", true));
        } else {
            Exchanges.send(exchange, 404, "text/plain", "Not found");
        }
        return false;
    }

    /** Closes every open event stream. */
    void close() {
        events.close();
    }

    /**
     * {@code {ussd_code, short_code, payment_simulator, service_url, operator_key_file, default_phones}}: {@code
     * service_url} is the app the callbacks go to (null before it is known) and {@code operator_key_file} the file its
     * operator key is kept in (null when not known), for the guided journey's curl lines.
     */
    private void config(HttpExchange exchange) throws IOException {
        URI other = paymentSimulator;
        String inbound = sandbox.settings().smsInboundUrl();
        int api = inbound == null ? -1 : inbound.indexOf("/api/v1/");
        var config = json.createObjectNode()
                .put("ussd_code", sandbox.settings().ussdCode())
                .put("short_code", sandbox.settings().shortCode())
                .put("payment_simulator", other == null ? null : other.toString())
                .put("service_url", api < 0 ? null : inbound.substring(0, api))
                .put("operator_key_file", sandbox.settings().operatorKeyFile());
        config.putArray("default_phones").add("+254712345678").add("+254722000111");
        sendJson(exchange, 200, config);
    }

    private void recording(HttpExchange exchange, String session) throws IOException {
        byte[] audio = calls.recording(session);
        if (audio == null) {
            Exchanges.send(exchange, 404, "text/plain", "No recording");
        } else {
            exchange.getResponseHeaders().set("Content-Type", "audio/wav");
            exchange.sendResponseHeaders(200, audio.length);
            exchange.getResponseBody().write(audio);
        }
    }

    private void call(HttpExchange exchange, String session, String action, String body) throws IOException {
        String answer = switch (action) {
            case "answer" -> sandbox.answerCall(session);
            case "hangup" ->
                sandbox.hangUp(session, json.readTree(body).path("said").asText(""));
            case "decline" -> sandbox.declineCall(session);
            default -> null;
        };
        sendJson(
                exchange,
                answer == null ? 404 : 200,
                json.createObjectNode().put("answer", answer == null ? "" : answer));
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode node) throws IOException {
        Exchanges.sendJson(exchange, status, json, node);
    }

    private static String page() throws IOException {
        try (InputStream in = SimulatorRoutes.class.getResourceAsStream("simulator.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
