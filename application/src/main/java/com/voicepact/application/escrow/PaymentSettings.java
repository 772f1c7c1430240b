package com.voicepact.application.escrow;

import com.voicepact.domain.InvalidValueException;
import java.time.Duration;

/**
 * Escrow settings from configuration. Limits are in minor units, as the product docs'
 * {@code MIN_PAYMENT_AMOUNT}/{@code MAX_PAYMENT_AMOUNT} (100 = KES 1.00). {@code payoutSettleWindow}:
 * how long a payout the provider accepted may wait for its notification before the provider is asked.
 */
public record PaymentSettings(
        long minAmountMinor,
        long maxAmountMinor,
        Duration checkoutWindow,
        Duration escrowTimeout,
        boolean retryEnabled,
        int retryAttempts,
        Duration retryDelay,
        Duration payoutSettleWindow) {

    public static final Duration DEFAULT_PAYOUT_SETTLE_WINDOW = Duration.ofMinutes(30);

    public PaymentSettings {
        InvalidValueException.require(
                minAmountMinor > 0 && maxAmountMinor >= minAmountMinor, "payment limits must satisfy 0 < min <= max");
        InvalidValueException.require(
                checkoutWindow != null && escrowTimeout != null && retryDelay != null && payoutSettleWindow != null,
                "durations are required");
        InvalidValueException.require(retryAttempts >= 0, "retry attempts must not be negative");
    }

    /** The settings with the default payout settle window. */
    public PaymentSettings(
            long minAmountMinor,
            long maxAmountMinor,
            Duration checkoutWindow,
            Duration escrowTimeout,
            boolean retryEnabled,
            int retryAttempts,
            Duration retryDelay) {
        this(
                minAmountMinor,
                maxAmountMinor,
                checkoutWindow,
                escrowTimeout,
                retryEnabled,
                retryAttempts,
                retryDelay,
                DEFAULT_PAYOUT_SETTLE_WINDOW);
    }

    public static PaymentSettings defaults() {
        return new PaymentSettings(
                100, 1_000_000, Duration.ofMinutes(5), Duration.ofDays(7), false, 3, Duration.ofMinutes(5));
    }
}
