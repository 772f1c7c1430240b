package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** The phone simulator page and the small JSON API it calls (local only, no API key). */
final class SimulatorRoutes {

    private final AtSandbox sandbox;
    private final ObjectMapper json;
    private final SandboxCalls calls;
    private final SandboxPayments payments;
    /** Set by the service after both sandboxes started; read by the config route. */
    private volatile URI paymentSimulator;

    /** The simulated phones act through {@code sandbox}'s own controls, as a test would. */
    SimulatorRoutes(AtSandbox sandbox, ObjectMapper json, SandboxCalls calls, SandboxPayments payments) {
        this.sandbox = sandbox;
        this.json = json;
        this.calls = calls;
        this.payments = payments;
    }

    /** See {@link AtSandbox#showPaymentsFrom}. */
    void showPaymentsFrom(URI simulatorApi) {
        paymentSimulator = simulatorApi;
    }

    void handle(HttpExchange exchange, String path, String body) throws IOException {
        String[] parts = path.split("/");
        String method = exchange.getRequestMethod();
        if (path.equals("/simulator")) {
            Exchanges.send(exchange, 200, "text/html", page());
        } else if (path.equals("/v1/audio/transcriptions") && method.equals("POST")) {
            sendJson(exchange, 200, json.createObjectNode().put("text", SandboxCalls.transcribe(body)));
        } else if (path.startsWith("/sandbox/recordings/") && method.equals("GET")) {
            byte[] audio = calls.recording(
                    path.substring("/sandbox/recordings/".length()).replace(".wav", ""));
            if (audio == null) {
                Exchanges.send(exchange, 404, "text/plain", "No recording");
            } else {
                exchange.getResponseHeaders().set("Content-Type", "audio/wav");
                exchange.sendResponseHeaders(200, audio.length);
                exchange.getResponseBody().write(audio);
            }
        } else if (parts.length == 5 && parts[2].equals("calls") && method.equals("POST")) {
            call(exchange, parts[3], parts[4], body);
        } else if (path.equals("/sandbox/config") && method.equals("GET")) {
            URI other = paymentSimulator;
            sendJson(
                    exchange,
                    200,
                    json.createObjectNode()
                            .put("ussd_code", sandbox.settings().ussdCode())
                            .put("short_code", sandbox.settings().shortCode())
                            .put("payment_simulator", other == null ? null : other.toString()));
        } else if (parts.length == 5 && parts[2].equals("phones")) {
            phone(exchange, method, parts[3], parts[4], body);
        } else if (parts.length == 5 && parts[2].equals("checkouts") && method.equals("POST")) {
            boolean done = parts[4].equals("approve") ? sandbox.approve(parts[3]) : sandbox.decline(parts[3]);
            sendJson(exchange, done ? 200 : 409, json.createObjectNode().put("done", done));
        } else if (path.equals("/sandbox/auto-approve") && method.equals("POST")) {
            sandbox.autoApprove(Boolean.parseBoolean(
                    Exchanges.form(exchange.getRequestURI().getRawQuery()).get("enabled")));
            sendJson(exchange, 200, json.createObjectNode().put("ok", true));
        } else {
            Exchanges.send(exchange, 404, "text/plain", "Not found");
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

    private void phone(HttpExchange exchange, String method, String phone, String action, String body)
            throws IOException {
        switch (method + " " + action) {
            case "GET inbox" -> {
                ArrayNode inbox = json.createArrayNode();
                sandbox.inbox(phone)
                        .forEach(m -> inbox.addObject()
                                .put("from", m.from())
                                .put("text", m.text())
                                .put("message_id", m.messageId())
                                .put("at", m.at()));
                sendJson(exchange, 200, inbox);
            }
            case "GET calls" -> {
                ArrayNode list = json.createArrayNode();
                calls.forPhone(phone)
                        .forEach(c -> list.addObject()
                                .put("session_id", c.sessionId())
                                .put("from", c.from())
                                .put("state", c.state())
                                .put("say", sayText(c.lastXml())));
                sendJson(exchange, 200, list);
            }
            case "GET checkouts" -> {
                ArrayNode pending = json.createArrayNode();
                payments.pendingCheckouts(phone)
                        .forEach(t -> pending.addObject()
                                .put("transaction_id", t.path("transactionId").asText())
                                .put("value", t.path("value").asText()));
                sendJson(exchange, 200, pending);
            }
            case "POST sms" -> {
                JsonNode request = json.readTree(body);
                String answer = sandbox.replyFrom(phone, request.path("text").asText());
                sendJson(
                        exchange,
                        200,
                        json.createObjectNode().put("forwarded", true).put("answer", answer == null ? "" : answer));
            }
            case "POST ussd" -> {
                JsonNode request = json.readTree(body);
                String screen = sandbox.dialUssd(
                        phone,
                        request.path("session_id").asText(),
                        request.path("text").asText(""));
                ObjectNode answer = json.createObjectNode().put("screen", screen);
                sendJson(exchange, 200, answer);
            }
            default -> Exchanges.send(exchange, 404, "text/plain", "Not found");
        }
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode node) throws IOException {
        Exchanges.sendJson(exchange, status, json, node);
    }

    private static String sayText(String xml) {
        if (xml == null || !xml.contains("<Say")) {
            return "";
        }
        String after = xml.substring(xml.indexOf('>', xml.indexOf("<Say")) + 1);
        return after.substring(0, Math.max(0, after.indexOf("</Say>")))
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String page() throws IOException {
        try (InputStream in = SimulatorRoutes.class.getResourceAsStream("simulator.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
