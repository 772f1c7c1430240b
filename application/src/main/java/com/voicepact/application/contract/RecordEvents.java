package com.voicepact.application.contract;

import com.voicepact.application.contract.port.in.TimelineEvent;
import com.voicepact.application.contract.port.in.TimelineEvent.Kind;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The timeline events of what was recorded about a contract: the SMS sent and the audit entries. */
public final class RecordEvents {

    private RecordEvents() {}

    /** Each SMS when it was sent, with its delivery status now ({@code sent}, {@code delivered}, {@code failed}, ...). */
    public static List<TimelineEvent> sms(List<SmsLogEntry> sent) {
        return sent.stream().map(RecordEvents::sms).toList();
    }

    private static TimelineEvent sms(SmsLogEntry e) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("to", e.recipient());
        detail.put("text", e.text());
        detail.put("delivery_status", e.status());
        detail.put("type", e.type());
        detail.put("message_id", e.messageId());
        detail.put(
                "delivered_at", e.deliveredAt() == null ? "" : e.deliveredAt().toString());
        detail.put("failure_reason", e.failureReason() == null ? "" : e.failureReason());
        return new TimelineEvent(e.sentAt(), Kind.SMS, "system", "SMS to " + e.recipient() + ": " + e.status(), detail);
    }

    /**
     * Who acted, as the timeline names them: a party by their phone ({@code +254712345678}), an operator as audited
     * ({@code operator:1a2b3c4d5e6f}, with {@code for +254...} when acting for a party), the service's own jobs as
     * {@code system}. {@code stored} is the audit log's actor text ({@code party:+254...}, {@code system:<job>}).
     */
    public static String actor(String stored) {
        if (stored.startsWith("party:")) {
            return stored.substring("party:".length());
        }
        return stored.startsWith("system") ? "system" : stored;
    }

    /** Each audit entry as sealed: who, the action, the status change and its details, with its place in the chain. */
    public static List<TimelineEvent> audit(List<AuditEntry> entries) {
        return entries.stream().map(RecordEvents::audit).toList();
    }

    private static TimelineEvent audit(AuditEntry e) {
        AuditRecord r = e.record();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("action", r.action());
        detail.put("sequence", Long.toString(e.sequence()));
        detail.put("subject", r.subject());
        detail.put("from", r.oldStatus());
        detail.put("to", r.newStatus());
        detail.put("details", r.details());
        detail.put("actor", r.actor()); // as audited, with the job's name
        String change = r.newStatus().isEmpty() || r.newStatus().equals(r.oldStatus())
                ? ""
                : " (" + (r.oldStatus().isEmpty() ? "" : r.oldStatus() + " to ") + r.newStatus() + ")";
        String words = r.action().toLowerCase(Locale.ROOT).replace('_', ' ');
        String summary = Character.toUpperCase(words.charAt(0)) + words.substring(1) + change;
        return new TimelineEvent(r.at(), Kind.AUDIT, actor(r.actor()), summary, detail);
    }
}
