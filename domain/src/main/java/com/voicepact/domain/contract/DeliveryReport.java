package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import java.time.Instant;

/**
 * The seller's claim that goods were delivered: in full, or partly with the delivered quantity.
 * {@code acceptedAt} is set once the buyer accepts the delivery.
 */
public record DeliveryReport(boolean partial, Quantity deliveredQuantity, Instant reportedAt, Instant acceptedAt) {

    public DeliveryReport {
        InvalidValueException.require(reportedAt != null, "delivery report time is required");
        InvalidValueException.require(!partial || deliveredQuantity != null, "a partial delivery needs the delivered quantity");
        InvalidValueException.require(acceptedAt == null || !acceptedAt.isBefore(reportedAt),
                "a delivery cannot be accepted before it was reported");
    }

    public static DeliveryReport full(Instant at) {
        return new DeliveryReport(false, null, at, null);
    }

    public static DeliveryReport partial(Quantity delivered, Instant at) {
        return new DeliveryReport(true, delivered, at, null);
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    DeliveryReport acceptedAt(Instant at) {
        return new DeliveryReport(partial, deliveredQuantity, reportedAt, at);
    }
}
