package com.voicepact.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every SMS sent, with its delivery status following the provider's reports. */
public interface SmsLog {

    void record(SmsLogEntry entry);

    /** Applies a delivery report; false when no SMS has this message id. */
    boolean updateStatus(String messageId, String status, String failureReason, Instant at);

    Optional<SmsLogEntry> findByMessageId(String messageId);

    List<SmsLogEntry> forRecipient(String recipient);
}
