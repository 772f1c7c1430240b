package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voicepact.sandbox.ReadableAmount;
import java.util.List;

/**
 * The JSON the phone simulator page draws, the same in a phone's snapshot ({@code GET /sandbox/phones/{phone}}) and in
 * the events pushed as things happen ({@code GET /sandbox/events}); every item carries its phone and a key the page
 * keeps its element under, so an item is appended once and then updated in place:
 * <ul>
 *   <li>sms: {@code {key, phone, direction: in|out, from, to, text, at}}</li>
 *   <li>call: {@code {key, phone, from, state: ringing|active|completed|declined, say}}</li>
 *   <li>checkout (AT's STK push): {@code {key, phone, status: Pending|Success|Failed, amount_text, to}}</li>
 *   <li>journey: {@code {contract_id, parties, confirmed_by, steps: {CREATED: true, ...}}}</li>
 * </ul>
 */
final class PhoneViews {

    /** The newest items a snapshot carries per list; the page keeps no more either. */
    static final int SHOWN = 100;

    private final ObjectMapper json;

    PhoneViews(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode sms(SandboxPhones.Sms sms, boolean incoming) {
        return json.createObjectNode()
                .put("key", sms.messageId())
                .put("phone", incoming ? sms.to() : sms.from())
                .put("direction", incoming ? "in" : "out")
                .put("from", sms.from())
                .put("to", sms.to())
                .put("text", sms.text())
                .put("at", sms.at());
    }

    ObjectNode call(SandboxCalls.Call call) {
        return json.createObjectNode()
                .put("key", call.sessionId())
                .put("phone", call.to())
                .put("from", call.from())
                .put("state", call.state())
                .put("say", sayText(call.lastXml()));
    }

    /** {@code transaction}: AT's transaction JSON, or {@code {transactionId, status}} once decided. */
    ObjectNode checkout(JsonNode transaction) {
        ObjectNode view = json.createObjectNode()
                .put("key", transaction.path("transactionId").asText())
                .put("status", transaction.path("status").asText());
        if (transaction.has("value")) {
            view.put("phone", transaction.path("source").asText())
                    .put(
                            "amount_text",
                            ReadableAmount.ofWire(transaction.path("value").asText()))
                    .put("to", transaction.path("productName").asText());
        }
        return view;
    }

    ObjectNode journey(JourneyGuide.Progress progress) {
        ObjectNode view = json.createObjectNode().put("contract_id", progress.contractId());
        progress.parties().forEach(view.putArray("parties")::add);
        progress.confirmedBy().forEach(view.putArray("confirmed_by")::add);
        ObjectNode steps = view.putObject("steps");
        for (JourneyGuide.Step step : JourneyGuide.Step.values()) {
            steps.put(step.name(), progress.steps().get(step));
        }
        return view;
    }

    /** The newest {@link #SHOWN} of {@code sms}, newest first. */
    ArrayNode newestFirst(List<SandboxPhones.Sms> sms, boolean incoming) {
        ArrayNode list = json.createArrayNode();
        for (int i = sms.size() - 1; i >= Math.max(0, sms.size() - SHOWN); i--) {
            list.add(sms(sms.get(i), incoming));
        }
        return list;
    }

    /** The words of the app's {@code <Say>}, the part of a voice answer a person hears. */
    static String sayText(String xml) {
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
}
