package com.voicepact.application.port.out;

import com.voicepact.domain.InvalidValueException;
import java.time.Instant;
import java.util.Map;

/**
 * Work to do after a commit (an SMS to send, a payout to hand to the gateway), written in the same
 * transaction as the state change that causes it. The key makes a message unique: enqueuing the
 * same key twice keeps the first.
 */
public record OutboxMessage(String key, Kind kind, Map<String, String> payload, int attempts, Instant nextAttemptAt,
                            String lastError) {

    public enum Kind { SMS, PAYOUT }

    public OutboxMessage {
        InvalidValueException.require(key != null && !key.isBlank() && key.length() <= 200, "outbox key is required");
        InvalidValueException.require(kind != null && payload != null && nextAttemptAt != null, "outbox fields are required");
        payload = Map.copyOf(payload);
    }

    public static OutboxMessage sms(String key, String phone, String text, String contractId, Instant at) {
        return sms(key, phone, text, contractId, "notification", at);
    }

    public static OutboxMessage sms(String key, String phone, String text, String contractId, String type, Instant at) {
        return new OutboxMessage(key, Kind.SMS, Map.of("to", phone, "text", text, "contract_id", contractId, "type", type), 0, at,
                null);
    }

    public static OutboxMessage payout(String payoutId, String transactionId, Instant at) {
        return new OutboxMessage("payout:" + payoutId, Kind.PAYOUT, Map.of("payout_id", payoutId, "transaction_id", transactionId),
                0, at, null);
    }
}
