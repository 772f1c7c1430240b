package com.voicepact.application.escrow.port.out;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import java.util.Objects;

/**
 * The amounts one collection may ask for at a provider, both ends included, in the provider's currency
 * (M-Pesa: KES 1 to KES 250,000 per STK push).
 *
 * @throws InvalidValueException when the ends differ in currency or {@code smallest} is above {@code largest}
 */
public record CollectionLimits(Money smallest, Money largest) {
    public CollectionLimits {
        Objects.requireNonNull(smallest, "smallest");
        Objects.requireNonNull(largest, "largest");
        InvalidValueException.require(
                smallest.hasSameCurrencyAs(largest) && smallest.compareTo(largest) <= 0,
                "collection limits must be one currency with smallest <= largest");
    }
}
