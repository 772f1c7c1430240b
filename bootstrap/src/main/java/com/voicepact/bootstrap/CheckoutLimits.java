package com.voicepact.bootstrap;

import com.voicepact.application.escrow.port.out.CollectionLimits;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The per-checkout limits, in minor units as {@code MIN_PAYMENT_AMOUNT}/{@code MAX_PAYMENT_AMOUNT} (100 = KES 1.00).
 * They default to what the payment provider states it takes in one collection (M-Pesa: 100 and 25,000,000, KES 1 to
 * KES 250,000, so a KES 175,000 contract is one STK push); a provider that states nothing keeps the service's own
 * defaults, 100 and 1,000,000. A value set explicitly wins, unless it lies outside the provider's limits: then the
 * service refuses to start, rather than send checkouts the provider refuses.
 */
record CheckoutLimits(long minMinor, long maxMinor) {

    static final long DEFAULT_MIN = 100;
    static final long DEFAULT_MAX = 1_000_000;

    /** The limits as set, in minor units; empty when not set. */
    record Requested(OptionalLong minMinor, OptionalLong maxMinor) {

        /** @throws StartupRefusedException when a value is not a whole number */
        static Requested read(EnvironmentVariables env) {
            return new Requested(
                    env.optionalWhole(Variable.MIN_PAYMENT_AMOUNT), env.optionalWhole(Variable.MAX_PAYMENT_AMOUNT));
        }
    }

    /**
     * @throws StartupRefusedException naming the variable: outside the provider's limits, or a minimum that is not positive or
     *         above the maximum
     */
    static CheckoutLimits of(Requested requested, Optional<CollectionLimits> provider, String providerName) {
        long min = requested
                .minMinor()
                .orElseGet(() -> provider.map(l -> minor(l.smallest())).orElse(DEFAULT_MIN));
        long max = requested
                .maxMinor()
                .orElseGet(() -> provider.map(l -> minor(l.largest())).orElse(DEFAULT_MAX));
        if (provider.isPresent()) {
            CollectionLimits limits = provider.get();
            CurrencyCode currency = limits.smallest().currency();
            refuseIf(
                    min < minor(limits.smallest()),
                    "MIN_PAYMENT_AMOUNT " + min + " (" + words(min, currency) + ") is below the smallest collection "
                            + providerName + " takes, " + limits.smallest());
            refuseIf(
                    max > minor(limits.largest()),
                    "MAX_PAYMENT_AMOUNT " + max + " (" + words(max, currency) + ") is above the largest collection "
                            + providerName + " takes, " + limits.largest());
        }
        refuseIf(min <= 0, "MIN_PAYMENT_AMOUNT must be at least 1 (minor units), got " + min);
        refuseIf(min > max, "MIN_PAYMENT_AMOUNT (" + min + ") must not be above MAX_PAYMENT_AMOUNT (" + max + ")");
        return new CheckoutLimits(min, max);
    }

    private static long minor(Money money) {
        return money.amount().movePointRight(money.currency().minorUnits()).longValueExact();
    }

    private static String words(long minorUnits, CurrencyCode currency) {
        return currency + " "
                + BigDecimal.valueOf(minorUnits)
                        .movePointLeft(currency.minorUnits())
                        .toPlainString();
    }

    private static void refuseIf(boolean refused, String message) {
        EnvironmentVariables.refuseIf(refused, message);
    }
}
