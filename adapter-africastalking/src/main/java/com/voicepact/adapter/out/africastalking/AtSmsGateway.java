package com.voicepact.adapter.out.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.phone.port.shared.RecipientStatus;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code POST /version1/messaging}, form-encoded; each recipient's AT status code mapped to sent, queued or rejected. */
public final class AtSmsGateway implements SmsGatewayPort {

    private final AtConfig config;
    private final AtHttp http;
    private final AtResilience resilience;

    public AtSmsGateway(AtConfig config, AtResilience resilience) {
        this.config = config;
        this.http = new AtHttp(config);
        this.resilience = resilience;
    }

    @Override
    public List<RecipientResult> sendMany(SmsRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", config.username());
        form.put("to", request.to().stream().map(PhoneNumber::e164).collect(Collectors.joining(",")));
        form.put("message", request.text());
        if (request.senderId() != null && !request.senderId().isBlank()) {
            form.put("from", request.senderId());
        }
        form.put("bulkSMSMode", "1");
        if (request.enqueue()) {
            form.put("enqueue", "1");
        }
        JsonNode answer =
                resilience.safely("sms", () -> http.postForm(config.smsBaseUrl() + "/version1/messaging", form));
        return results(request, answer.path("SMSMessageData"));
    }

    /** Many messages, each to its own recipients: one request each, as AT's bulk API takes one text per request. */
    public List<RecipientResult> sendBulk(List<SmsRequest> messages) {
        List<RecipientResult> all = new ArrayList<>();
        messages.forEach(m -> all.addAll(sendMany(m)));
        return all;
    }

    private static List<RecipientResult> results(SmsRequest request, JsonNode data) {
        List<RecipientResult> results = new ArrayList<>();
        for (JsonNode r : data.path("Recipients")) {
            results.add(new RecipientResult(
                    phone(r.path("number").asText()),
                    status(r.path("statusCode").asInt()),
                    textOrNull(r, "messageId"),
                    textOrNull(r, "cost"),
                    reason(r)));
        }
        if (results.isEmpty()) {
            String reason = data.path("Message").asText("no recipient accepted");
            request.to()
                    .forEach(to -> results.add(new RecipientResult(to, RecipientStatus.REJECTED, null, null, reason)));
        }
        return results;
    }

    /** 100 Processed and 102 Queued wait in AT's queue; 101 Sent went to the network; everything else is a refusal. */
    static RecipientStatus status(int code) {
        return switch (code) {
            case 101 -> RecipientStatus.SENT;
            case 100, 102 -> RecipientStatus.QUEUED;
            default -> RecipientStatus.REJECTED;
        };
    }

    private static String reason(JsonNode r) {
        int code = r.path("statusCode").asInt();
        return status(code) == RecipientStatus.REJECTED
                ? r.path("status").asText("Rejected") + " (" + code + ")"
                : null;
    }

    private static PhoneNumber phone(String number) {
        try {
            return new PhoneNumber(number);
        } catch (InvalidValueException e) {
            return null; // AT echoes the number as sent; one it could not parse is reported without a phone
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
