package com.voicepact.application.fakes;

import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.domain.messaging.DeliveryReportOutcome;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SMS log in memory, one change at a time, with the reports that arrived before their SMS kept aside. */
public final class InMemorySmsLog implements SmsLog, com.voicepact.application.phone.port.out.ContractSmsLog {

    private record Kept(SmsDeliveryStatus status, String failureReason, Instant at) {}

    private final Map<String, SmsLogEntry> entries = new LinkedHashMap<>();
    private final Map<String, List<Kept>> kept = new HashMap<>();

    @Override
    public synchronized void record(SmsLogEntry entry) {
        entries.putIfAbsent(entry.messageId(), entry);
        for (Kept report : kept.getOrDefault(entry.messageId(), List.of())) {
            apply(entries.get(entry.messageId()), report.status(), report.failureReason(), report.at());
        }
        kept.remove(entry.messageId());
    }

    @Override
    public synchronized DeliveryReportOutcome applyReport(
            String messageId, SmsDeliveryStatus status, String failureReason, Instant at) {
        SmsLogEntry e = entries.get(messageId);
        if (e == null) {
            kept.computeIfAbsent(messageId, k -> new ArrayList<>()).add(new Kept(status, failureReason, at));
            return DeliveryReportOutcome.KEPT_UNTIL_LOGGED;
        }
        return apply(e, status, failureReason, at);
    }

    private DeliveryReportOutcome apply(SmsLogEntry e, SmsDeliveryStatus status, String failureReason, Instant at) {
        if (status.value().equals(e.status())) {
            return DeliveryReportOutcome.APPLIED;
        }
        if (!status.mayReplace(e.status())) {
            return DeliveryReportOutcome.OUTDATED;
        }
        entries.put(
                e.messageId(),
                new SmsLogEntry(
                        e.messageId(),
                        e.recipient(),
                        e.text(),
                        e.type(),
                        status.value(),
                        e.cost(),
                        e.contractId(),
                        e.sentAt(),
                        status.isDelivered() ? at : e.deliveredAt(),
                        failureReason));
        return DeliveryReportOutcome.APPLIED;
    }

    @Override
    public synchronized Optional<SmsLogEntry> findByMessageId(String messageId) {
        return Optional.ofNullable(entries.get(messageId));
    }

    @Override
    public synchronized List<SmsLogEntry> forContract(com.voicepact.domain.contract.ContractId contract) {
        return entries.values().stream()
                .filter(e -> contract.value().equals(e.contractId()))
                .sorted(java.util.Comparator.comparing(SmsLogEntry::sentAt).thenComparing(SmsLogEntry::messageId))
                .toList();
    }

    @Override
    public synchronized List<SmsLogEntry> forRecipient(String recipient) {
        return entries.values().stream()
                .filter(e -> e.recipient().equals(recipient))
                .toList();
    }

    /** Every logged SMS (for {@link InMemoryBusinessFigures}). */
    public synchronized List<SmsLogEntry> entries() {
        return List.copyOf(entries.values());
    }
}
