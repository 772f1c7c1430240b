package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * What one payout may carry at the payment provider (M-Pesa B2C: KES 10 to 250,000), and the rule that splits a
 * larger payout into several, each sent and settled on its own.
 *
 * <p>The rule ({@link #split}): as few parts as possible, every part the maximum except the last, which carries the
 * rest; when that rest is below the minimum, the part before it gives it what it lacks (KES 250,005 is 249,995 + 10,
 * never 250,000 + 5). So every part is within the limits, the parts add up to the amount exactly, and an amount in
 * whole shillings gives parts in whole shillings. An amount at or below the maximum is one part, even below the
 * minimum: nothing can be split there, and the provider refuses it.
 *
 * @param minimum the smallest payout, positive; null with {@code maximum} for "no limits"
 * @param maximum the largest payout, in the minimum's currency and at least twice it (so any rest can be made up)
 * @throws InvalidValueException when only one is given, they differ in currency, or the maximum is below twice the minimum
 */
public record PayoutLimits(Money minimum, Money maximum) {

    private static final PayoutLimits NONE = new PayoutLimits(null, null);

    public PayoutLimits {
        InvalidValueException.require((minimum == null) == (maximum == null), "payout limits need both a minimum and a maximum, or neither");
        if (minimum != null) {
            InvalidValueException.require(minimum.isPositive() && minimum.hasSameCurrencyAs(maximum),
                    "payout limits must be positive and in one currency");
            InvalidValueException.require(maximum.compareTo(minimum.plus(minimum)) >= 0,
                    "the largest payout must be at least twice the minimum, so any rest can be made up to the minimum");
        }
    }

    /** A provider that pays any amount in one payout. */
    public static PayoutLimits none() {
        return NONE;
    }

    /**
     * The parts {@code amount} is paid in, largest first (see the rule above). One part when there are no limits, the
     * amount is in another currency than the limits (the provider refuses it whole), or it is within the maximum.
     */
    public List<Money> split(Money amount) {
        if (minimum == null || !amount.hasSameCurrencyAs(maximum) || amount.compareTo(maximum) <= 0) {
            return List.of(amount);
        }
        List<Money> parts = new ArrayList<>();
        Money rest = amount;
        while (rest.compareTo(maximum) > 0) {
            parts.add(maximum);
            rest = rest.minus(maximum);
        }
        if (rest.compareTo(minimum) < 0) {
            Money lacking = minimum.minus(rest);
            parts.set(parts.size() - 1, maximum.minus(lacking));
            rest = minimum;
        }
        parts.add(rest);
        return List.copyOf(parts);
    }
}
