package com.voicepact.application.fakes;

import com.voicepact.application.port.out.SmsLog;
import com.voicepact.application.port.out.SmsLogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemorySmsLog implements SmsLog {

    private final Map<String, SmsLogEntry> entries = new ConcurrentHashMap<>();

    @Override
    public void record(SmsLogEntry entry) {
        entries.putIfAbsent(entry.messageId(), entry);
    }

    @Override
    public boolean updateStatus(String messageId, String status, String failureReason, Instant at) {
        SmsLogEntry e = entries.get(messageId);
        if (e == null) {
            return false;
        }
        boolean delivered = "Success".equalsIgnoreCase(status);
        entries.put(messageId, new SmsLogEntry(e.messageId(), e.recipient(), e.text(), e.type(), status.toLowerCase(java.util.Locale.ROOT),
                e.cost(), e.contractId(), e.sentAt(), delivered ? at : e.deliveredAt(), failureReason));
        return true;
    }

    @Override
    public Optional<SmsLogEntry> findByMessageId(String messageId) {
        return Optional.ofNullable(entries.get(messageId));
    }

    @Override
    public List<SmsLogEntry> forRecipient(String recipient) {
        return entries.values().stream().filter(e -> e.recipient().equals(recipient)).toList();
    }
}
