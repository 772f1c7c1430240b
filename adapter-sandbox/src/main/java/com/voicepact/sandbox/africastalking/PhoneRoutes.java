package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The phone simulator's routes for one phone, {@code /sandbox/phones/{phone}[/action]}. The number is read as the
 * service reads it ({@link PhoneNumber#parse}, local forms in the service's country), so {@code 0712345678} is the
 * same phone as {@code +254712345678}; a text that is no phone number is a 400 {@code {"error": reason}}.
 * <ul>
 *   <li>{@code GET /sandbox/phones/{phone}}: {@code {phone, inbox, outbox, calls, checkouts}}, each list newest first
 *       (at most {@link PhoneViews#SHOWN}), items as {@link PhoneViews} draws them</li>
 *   <li>{@code GET .../inbox}, {@code .../calls}, {@code .../checkouts}; {@code POST .../sms {"text"}} and
 *       {@code POST .../ussd {"session_id","text"}} (the phone sends: the app's answer is returned)</li>
 * </ul>
 */
final class PhoneRoutes {

    private final AtSandbox sandbox;
    private final ObjectMapper json;
    private final PhoneViews views;
    private final SandboxPhones phones;
    private final SandboxCalls calls;
    private final SandboxPayments payments;
    private final Supplier<String> region;

    PhoneRoutes(
            AtSandbox sandbox,
            ObjectMapper json,
            SandboxPhones phones,
            SandboxCalls calls,
            SandboxPayments payments,
            Supplier<String> region) {
        this.sandbox = sandbox;
        this.json = json;
        this.views = new PhoneViews(json);
        this.phones = phones;
        this.calls = calls;
        this.payments = payments;
        this.region = region;
    }

    /** {@code raw} in E.164 as the service would store it; any other E.164 text is kept (the sandbox takes any). */
    String normalise(String raw) {
        try {
            return PhoneNumber.parse(raw, region.get()).e164();
        } catch (InvalidValueException e) {
            if (raw != null && raw.strip().matches("\\+[1-9]\\d{7,14}")) {
                return raw.strip();
            }
            throw e;
        }
    }

    void handle(HttpExchange exchange, String method, String rawPhone, String action, String body) throws IOException {
        String phone;
        try {
            phone = normalise(rawPhone);
        } catch (InvalidValueException e) {
            send(exchange, 400, json.createObjectNode().put("error", e.getMessage()));
            return;
        }
        switch (method + " " + action) {
            case "GET " -> send(exchange, 200, snapshot(phone));
            case "GET inbox" -> send(exchange, 200, inboxOldestFirst(phone));
            case "GET calls" -> send(exchange, 200, calls(phone));
            case "GET checkouts" -> send(exchange, 200, checkouts(phone, true));
            case "POST sms" -> {
                String answer = sandbox.replyFrom(
                        phone, json.readTree(body).path("text").asText());
                send(
                        exchange,
                        200,
                        json.createObjectNode().put("forwarded", true).put("answer", orEmpty(answer)));
            }
            case "POST ussd" -> {
                JsonNode request = json.readTree(body);
                String screen = sandbox.dialUssd(
                        phone,
                        request.path("session_id").asText(),
                        request.path("text").asText(""));
                send(exchange, 200, json.createObjectNode().put("screen", screen));
            }
            default -> Exchanges.send(exchange, 404, "text/plain", "Not found");
        }
    }

    private ObjectNode snapshot(String phone) {
        ObjectNode snapshot = json.createObjectNode().put("phone", phone);
        snapshot.set("inbox", views.newestFirst(phones.inbox(phone), true));
        snapshot.set("outbox", views.newestFirst(phones.outbox(phone), false));
        ArrayNode calls = snapshot.putArray("calls");
        List<SandboxCalls.Call> all = this.calls.forPhone(phone);
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - PhoneViews.SHOWN); i--) {
            calls.add(views.call(all.get(i)));
        }
        snapshot.set("checkouts", checkouts(phone, false));
        return snapshot;
    }

    /** The older shape, kept for scripts: {@code [{from, text, message_id, at}]}, oldest first. */
    private ArrayNode inboxOldestFirst(String phone) {
        ArrayNode inbox = json.createArrayNode();
        sandbox.inbox(phone)
                .forEach(m -> inbox.addObject()
                        .put("from", m.from())
                        .put("text", m.text())
                        .put("message_id", m.messageId())
                        .put("at", m.at()));
        return inbox;
    }

    private ArrayNode calls(String phone) {
        ArrayNode list = json.createArrayNode();
        calls.forPhone(phone)
                .forEach(c -> list.addObject()
                        .put("session_id", c.sessionId())
                        .put("from", c.from())
                        .put("state", c.state())
                        .put("say", PhoneViews.sayText(c.lastXml())));
        return list;
    }

    private ArrayNode checkouts(String phone, boolean olderShape) {
        ArrayNode pending = json.createArrayNode();
        for (ObjectNode t : payments.pendingCheckouts(phone)) {
            pending.add(
                    olderShape
                            ? json.createObjectNode()
                                    .put(
                                            "transaction_id",
                                            t.path("transactionId").asText())
                                    .put("value", t.path("value").asText())
                            : views.checkout(t));
        }
        return pending;
    }

    private void send(HttpExchange exchange, int status, JsonNode node) throws IOException {
        Exchanges.sendJson(exchange, status, json, node);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
