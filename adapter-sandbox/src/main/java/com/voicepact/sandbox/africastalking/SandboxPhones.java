package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The simulated phones: SMS inboxes filled by the messaging API, and what a phone sends (SMS, USSD, calls). */
public final class SandboxPhones {

    /** One SMS: {@code at} is when the sandbox took it (ISO-8601 instant). */
    public record Sms(String from, String to, String text, String messageId, String at) {}

    private final ObjectMapper json;
    private final SandboxCallbacks callbacks;
    private final java.util.function.Supplier<SandboxSettings> settings;
    private final Clock clock;
    private final Mailboxes inboxes = new Mailboxes();
    private final Mailboxes outboxes = new Mailboxes();
    private volatile PhoneEvents events = PhoneEvents.NONE;
    private final List<ObjectNode> calls = new ArrayList<>();
    private SandboxCalls voiceCalls;

    void tell(PhoneEvents listener) {
        this.events = listener;
    }

    void playCallsWith(SandboxCalls sandboxCalls) {
        this.voiceCalls = sandboxCalls;
    }

    SandboxPhones(
            ObjectMapper json,
            SandboxCallbacks callbacks,
            java.util.function.Supplier<SandboxSettings> settings,
            Clock clock) {
        this.json = json;
        this.callbacks = callbacks;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code POST /version1/messaging}: AT's answer, and the message in each valid recipient's inbox. */
    ObjectNode sendSms(Map<String, String> form) {
        String message = form.getOrDefault("message", "");
        String from = form.getOrDefault("from", settings.get().shortCode());
        ArrayNode recipients = json.createArrayNode();
        int sent = 0;
        for (String to : form.getOrDefault("to", "").split(",")) {
            String number = to.strip();
            ObjectNode r = recipients.addObject().put("number", number);
            if (!number.matches("\\+[1-9]\\d{7,14}") || message.isEmpty()) {
                r.put("statusCode", 403)
                        .put("status", "InvalidPhoneNumber")
                        .put("cost", "0")
                        .put("messageId", "None");
                continue;
            }
            String id = SandboxIds.message();
            r.put("statusCode", 101)
                    .put("status", "Success")
                    .put("cost", "KES 0.8000")
                    .put("messageId", id);
            Sms sms = new Sms(from, number, message, id, clock.instant().toString());
            inboxes.keep(number, sms);
            events.received(sms);
            sent++;
            callbacks.post(
                    settings.get().smsDeliveryReportUrl(),
                    "application/x-www-form-urlencoded",
                    form(Map.of(
                            "id",
                            id,
                            "status",
                            "Success",
                            "phoneNumber",
                            number,
                            "networkCode",
                            "63902",
                            "retryCount",
                            "0")));
        }
        ObjectNode data = json.createObjectNode();
        data.put(
                "Message",
                "Sent to " + sent + "/" + recipients.size() + " Total Cost: KES " + String.format("%.4f", sent * 0.8));
        data.set("Recipients", recipients);
        ObjectNode answer = json.createObjectNode();
        answer.set("SMSMessageData", data);
        return answer;
    }

    ObjectNode call(Map<String, String> form) {
        ObjectNode answer = json.createObjectNode();
        ArrayNode entries = answer.putArray("entries");
        for (String to : form.getOrDefault("to", "").split(",")) {
            String session =
                    voiceCalls == null ? SandboxIds.callSession() : voiceCalls.queue(form.get("from"), to.strip());
            ObjectNode entry = entries.addObject()
                    .put("phoneNumber", to.strip())
                    .put("status", "Queued")
                    .put("sessionId", session);
            synchronized (calls) {
                calls.add(entry.deepCopy().put("from", form.get("from")));
            }
        }
        return answer.put("errorMessage", "None");
    }

    /** The phone's inbox, oldest first (the last {@link Mailboxes#KEPT}). */
    List<Sms> inbox(String phone) {
        return inboxes.of(phone);
    }

    /** What the phone sent to the short code, oldest first (the last {@link Mailboxes#KEPT}). */
    List<Sms> outbox(String phone) {
        return outboxes.of(phone);
    }

    /** The phone replies by SMS: AT's incoming-message callback. */
    String replyFrom(String phone, String text) {
        return replyFrom(phone, text, clock.instant());
    }

    /** The same callback, {@code date} being when AT received the message. */
    String replyFrom(String phone, String text, java.time.Instant receivedAt) {
        Sms sms = new Sms(phone, settings.get().shortCode(), text, SandboxIds.message(), receivedAt.toString());
        outboxes.keep(phone, sms);
        events.sent(sms);
        return callbacks.post(
                settings.get().smsInboundUrl(),
                "application/x-www-form-urlencoded",
                form(Map.of(
                        "from",
                        phone,
                        "to",
                        settings.get().shortCode(),
                        "text",
                        text,
                        "date",
                        receivedAt.toString(),
                        "id",
                        UUID.randomUUID().toString(),
                        "linkId",
                        UUID.randomUUID().toString(),
                        "networkCode",
                        "63902")));
    }

    /** One USSD hop typed on the phone: AT's form, and the app's CON/END answer. */
    String ussd(String phone, String sessionId, String text) {
        String answer = callbacks.post(
                settings.get().ussdUrl(),
                "application/x-www-form-urlencoded",
                form(Map.of(
                        "sessionId",
                        sessionId,
                        "serviceCode",
                        settings.get().ussdCode(),
                        "phoneNumber",
                        phone,
                        "networkCode",
                        "63902",
                        "text",
                        text)));
        String screen = answer == null ? "END The USSD application did not answer" : answer;
        events.ussd(phone, screen);
        return screen;
    }

    static String form(Map<String, String> fields) {
        return (fields instanceof LinkedHashMap ? fields : new LinkedHashMap<>(fields))
                .entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
