package com.voicepact.application.port.out;

import java.time.Instant;

/** One SMS we sent: the provider's message id, to whom, what, why, and what became of it. */
public record SmsLogEntry(String messageId, String recipient, String text, String type, String status, String cost,
                          String contractId, Instant sentAt, Instant deliveredAt, String failureReason) {
}
