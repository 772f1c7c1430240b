package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The phone simulator page and the small JSON API it calls (local only, no API key). */
final class SimulatorRoutes {

    private SimulatorRoutes() {
    }

    static void handle(AtSandbox sandbox, HttpExchange exchange, String path, String body) throws IOException {
        String[] parts = path.split("/");
        String method = exchange.getRequestMethod();
        if (path.equals("/simulator")) {
            AtSandbox.send(exchange, 200, "text/html", page());
        } else if (path.equals("/v1/audio/transcriptions") && method.equals("POST")) {
            sandbox.sendJson(exchange, 200, sandbox.json().createObjectNode().put("text", SandboxCalls.transcribe(body)));
        } else if (path.startsWith("/sandbox/recordings/") && method.equals("GET")) {
            byte[] audio = sandbox.calls().recording(path.substring("/sandbox/recordings/".length()).replace(".wav", ""));
            if (audio == null) {
                AtSandbox.send(exchange, 404, "text/plain", "No recording");
            } else {
                exchange.getResponseHeaders().set("Content-Type", "audio/wav");
                exchange.sendResponseHeaders(200, audio.length);
                exchange.getResponseBody().write(audio);
            }
        } else if (parts.length == 5 && parts[2].equals("calls") && method.equals("POST")) {
            call(sandbox, exchange, parts[3], parts[4], body);
        } else if (path.equals("/sandbox/config") && method.equals("GET")) {
            java.net.URI payments = sandbox.paymentSimulator();
            sandbox.sendJson(exchange, 200, sandbox.json().createObjectNode().put("ussd_code", sandbox.settings().ussdCode())
                    .put("short_code", sandbox.settings().shortCode()).put("payment_simulator", payments == null ? null : payments.toString()));
        } else if (parts.length == 5 && parts[2].equals("phones")) {
            phone(sandbox, exchange, method, parts[3], parts[4], body);
        } else if (parts.length == 5 && parts[2].equals("checkouts") && method.equals("POST")) {
            boolean done = parts[4].equals("approve") ? sandbox.approve(parts[3]) : sandbox.decline(parts[3]);
            sandbox.sendJson(exchange, done ? 200 : 409, sandbox.json().createObjectNode().put("done", done));
        } else if (path.equals("/sandbox/auto-approve") && method.equals("POST")) {
            sandbox.autoApprove(Boolean.parseBoolean(AtSandbox.form(exchange.getRequestURI().getRawQuery()).get("enabled")));
            sandbox.sendJson(exchange, 200, sandbox.json().createObjectNode().put("ok", true));
        } else {
            AtSandbox.send(exchange, 404, "text/plain", "Not found");
        }
    }

    private static void call(AtSandbox sandbox, HttpExchange exchange, String session, String action, String body) throws IOException {
        String answer = switch (action) {
            case "answer" -> sandbox.answerCall(session);
            case "hangup" -> sandbox.hangUp(session, sandbox.json().readTree(body).path("said").asText(""));
            case "decline" -> sandbox.declineCall(session);
            default -> null;
        };
        sandbox.sendJson(exchange, answer == null ? 404 : 200, sandbox.json().createObjectNode().put("answer", answer == null ? "" : answer));
    }

    private static void phone(AtSandbox sandbox, HttpExchange exchange, String method, String phone, String action, String body)
            throws IOException {
        switch (method + " " + action) {
            case "GET inbox" -> {
                ArrayNode inbox = sandbox.json().createArrayNode();
                sandbox.inbox(phone).forEach(m -> inbox.addObject().put("from", m.from()).put("text", m.text())
                        .put("message_id", m.messageId()).put("at", m.at()));
                sandbox.sendJson(exchange, 200, inbox);
            }
            case "GET calls" -> {
                ArrayNode list = sandbox.json().createArrayNode();
                sandbox.calls().forPhone(phone).forEach(c -> list.addObject().put("session_id", c.sessionId()).put("from", c.from())
                        .put("state", c.state()).put("say", sayText(c.lastXml())));
                sandbox.sendJson(exchange, 200, list);
            }
            case "GET checkouts" -> {
                ArrayNode pending = sandbox.json().createArrayNode();
                sandbox.payments().pendingCheckouts(phone).forEach(t -> pending.addObject()
                        .put("transaction_id", t.path("transactionId").asText()).put("value", t.path("value").asText()));
                sandbox.sendJson(exchange, 200, pending);
            }
            case "POST sms" -> {
                JsonNode request = sandbox.json().readTree(body);
                String answer = sandbox.replyFrom(phone, request.path("text").asText());
                sandbox.sendJson(exchange, 200, sandbox.json().createObjectNode().put("forwarded", true)
                        .put("answer", answer == null ? "" : answer));
            }
            case "POST ussd" -> {
                JsonNode request = sandbox.json().readTree(body);
                String screen = sandbox.dialUssd(phone, request.path("session_id").asText(), request.path("text").asText(""));
                ObjectNode answer = sandbox.json().createObjectNode().put("screen", screen);
                sandbox.sendJson(exchange, 200, answer);
            }
            default -> AtSandbox.send(exchange, 404, "text/plain", "Not found");
        }
    }

    private static String sayText(String xml) {
        if (xml == null || !xml.contains("<Say")) {
            return "";
        }
        String after = xml.substring(xml.indexOf('>', xml.indexOf("<Say")) + 1);
        return after.substring(0, Math.max(0, after.indexOf("</Say>"))).replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String page() throws IOException {
        try (InputStream in = SimulatorRoutes.class.getResourceAsStream("simulator.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
