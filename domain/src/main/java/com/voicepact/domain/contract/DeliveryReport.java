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
        InvalidValueException.require(
                !partial || deliveredQuantity != null, "a partial delivery needs the delivered quantity");
        InvalidValueException.require(
                acceptedAt == null || !acceptedAt.isBefore(reportedAt),
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

    /**
     * Refuses a partial report of as much as was agreed or more ({@code agreed} null: nothing to compare with).
     *
     * @throws InvalidValueException with the agreed quantity, asking for a full delivery instead
     */
    void requireWithin(Quantity agreed) {
        if (partial && agreed != null && deliveredQuantity.value().compareTo(agreed.value()) >= 0) {
            throw new InvalidValueException("a partial delivery is less than the "
                    + agreed.value().toPlainString() + " " + agreed.unit() + " agreed; report a full delivery instead");
        }
    }

    DeliveryReport acceptedAt(Instant at) {
        return new DeliveryReport(partial, deliveredQuantity, reportedAt, at);
    }
}
