package com.voicepact.application.port.in;

import com.voicepact.application.port.out.ProviderEvent;

/** What became of a provider notification, and the payment it concerned, if any. */
public record NotificationResult(ProviderEvent.Outcome outcome, String transactionId, String detail) {
}
