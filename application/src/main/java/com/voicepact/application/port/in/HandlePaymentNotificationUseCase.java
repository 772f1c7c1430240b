package com.voicepact.application.port.in;

public interface HandlePaymentNotificationUseCase {

    /** Applies a notification at most once; unknown, mismatched or contradictory ones are recorded and flagged. */
    NotificationResult handle(PaymentNotification notification);
}
