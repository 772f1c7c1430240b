package com.voicepact.adapter.out.persistence;

import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxPayload;
import com.voicepact.application.operations.port.out.PayoutMessage;
import com.voicepact.application.operations.port.out.SmsMessage;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.domain.payment.TransactionId;
import java.util.Map;

/**
 * How an outbox payload is stored: its kind ({@code SMS}, {@code PAYOUT}) in one column and its fields
 * form-encoded ({@link FlatMap}) in another, under the names the first release wrote, so rows queued
 * before the payload was typed are still read.
 */
final class OutboxPayloads {

    private OutboxPayloads() {}

    static String kind(OutboxPayload payload) {
        return payload instanceof SmsMessage ? OutboxMessage.Kind.SMS.name() : OutboxMessage.Kind.PAYOUT.name();
    }

    static String encode(OutboxPayload payload) {
        if (payload instanceof SmsMessage sms) {
            return FlatMap.encode(Map.of(
                    "to",
                    sms.to().e164(),
                    "text",
                    sms.text(),
                    "contract_id",
                    sms.contract() == null ? "" : sms.contract().value(),
                    "type",
                    sms.type().stored()));
        }
        PayoutMessage payout = (PayoutMessage) payload;
        return FlatMap.encode(Map.of(
                "payout_id",
                payout.payoutId(),
                "transaction_id",
                payout.transactionId().value()));
    }

    /** An SMS row without a type (none was written so) is a notification, as the first release read it. */
    static OutboxPayload decode(String kind, String fields) {
        Map<String, String> map = FlatMap.decode(fields);
        if (OutboxMessage.Kind.valueOf(kind) == OutboxMessage.Kind.SMS) {
            return SmsMessage.of(
                    map.get("to"),
                    map.get("text"),
                    map.get("contract_id"),
                    SmsType.fromStored(map.getOrDefault("type", SmsType.NOTIFICATION.stored())));
        }
        return new PayoutMessage(map.get("payout_id"), TransactionId.parse(map.get("transaction_id")));
    }
}
