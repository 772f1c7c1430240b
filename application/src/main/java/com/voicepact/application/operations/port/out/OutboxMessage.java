package com.voicepact.application.operations.port.out;

import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.port.out.RequestContextPort;
import com.voicepact.domain.InvalidValueException;
import java.time.Instant;

/**
 * Work to do after a commit (an SMS to send, a payout to hand to the gateway), written in the same
 * transaction as the state change that causes it. The key makes a message unique: enqueuing the
 * same key twice keeps the first. What to do is the typed {@link OutboxPayload}; how it is stored is
 * the persistence adapter's business. {@code requestId} names the request that caused it (null: none, as for a
 * scheduled job), so the dispatcher's logs of it carry that request's id
 * ({@link com.voicepact.application.shared.port.out.RequestContextPort}).
 */
public record OutboxMessage(
        String key, OutboxPayload payload, int attempts, Instant nextAttemptAt, String lastError, String requestId) {

    /** The two queues a dispatcher treats differently: an SMS may be given up on, a payout never. */
    public enum Kind {
        SMS,
        PAYOUT
    }

    public OutboxMessage {
        InvalidValueException.require(key != null && !key.isBlank() && key.length() <= 200, "outbox key is required");
        InvalidValueException.require(payload != null && nextAttemptAt != null, "outbox fields are required");
        InvalidValueException.require(
                requestId == null || RequestContextPort.isValid(requestId),
                "a request id is 1 to 64 letters, digits, '.', '_', ':' or '-'");
    }

    /** A new message, due at {@code at}, never tried. */
    public static OutboxMessage due(String key, OutboxPayload payload, Instant at) {
        return new OutboxMessage(key, payload, 0, at, null, null);
    }

    /** A notification SMS to {@code phone} (E.164) about {@code contractId} (empty: none), keyed by the caller. */
    public static OutboxMessage sms(String key, String phone, String text, String contractId, Instant at) {
        return due(key, SmsMessage.of(phone, text, contractId, SmsType.NOTIFICATION), at);
    }

    /** The payout {@code payoutId} of payment {@code transactionId}, keyed {@code payout:<payoutId>}. */
    public static OutboxMessage payout(String payoutId, String transactionId, Instant at) {
        return due(
                "payout:" + payoutId,
                new PayoutMessage(payoutId, com.voicepact.domain.payment.TransactionId.parse(transactionId)),
                at);
    }

    public Kind kind() {
        return payload instanceof SmsMessage ? Kind.SMS : Kind.PAYOUT;
    }

    /** The same message after a failed attempt: tried once more, due at {@code next}, with why it failed. */
    public OutboxMessage attempted(Instant next, String error) {
        return new OutboxMessage(key, payload, attempts + 1, next, error, requestId);
    }

    /** The same message, caused by request {@code id} (null: by none). */
    public OutboxMessage causedBy(String id) {
        return new OutboxMessage(key, payload, attempts, nextAttemptAt, lastError, id);
    }
}
