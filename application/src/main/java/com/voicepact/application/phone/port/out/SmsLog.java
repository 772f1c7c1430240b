package com.voicepact.application.phone.port.out;

import com.voicepact.domain.messaging.DeliveryReportOutcome;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every SMS sent, with its delivery status following the provider's reports. A report may arrive
 * before its SMS is logged (AT's sandbox reports within the send request), so a report for an unknown
 * message id is kept, durably, and applied when that SMS is logged, whichever of the two commits first.
 * A final status ({@link SmsDeliveryStatus#isFinal()}) is never replaced.
 */
public interface SmsLog {

    /** Logs the SMS once (a second record of its message id changes nothing), then applies the reports kept for it, in arrival order. */
    void record(SmsLogEntry entry);

    /**
     * Applies a delivery report received at {@code at} (the delivery time when it says delivered), or
     * keeps it until the SMS is logged; a report after a final status changes nothing.
     */
    DeliveryReportOutcome applyReport(String messageId, SmsDeliveryStatus status, String failureReason, Instant at);

    Optional<SmsLogEntry> findByMessageId(String messageId);

    List<SmsLogEntry> forRecipient(String recipient);
}
