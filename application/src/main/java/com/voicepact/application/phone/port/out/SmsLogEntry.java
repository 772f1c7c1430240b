package com.voicepact.application.phone.port.out;

import com.voicepact.application.phone.port.shared.RecipientResult;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** One SMS we sent: the provider's message id, to whom, what, why, and what became of it. */
public record SmsLogEntry(
        String messageId,
        String recipient,
        String text,
        String type,
        String status,
        String cost,
        String contractId,
        Instant sentAt,
        Instant deliveredAt,
        String failureReason) {

    /**
     * The entry for one recipient's result of a send at {@code sentAt}; {@code contractId} may be null. Empty when the
     * provider gave the message no id (or no recipient): there is nothing to follow.
     */
    public static Optional<SmsLogEntry> sent(
            RecipientResult result, String text, String type, String contractId, Instant sentAt) {
        if (result.messageId() == null || result.phone() == null) {
            return Optional.empty();
        }
        return Optional.of(new SmsLogEntry(
                result.messageId(),
                result.phone().e164(),
                text,
                type,
                result.status().name().toLowerCase(Locale.ROOT),
                result.cost(),
                contractId,
                sentAt,
                null,
                result.reason()));
    }
}
