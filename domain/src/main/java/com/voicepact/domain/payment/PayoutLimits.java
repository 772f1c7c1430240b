package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * <p>The provider also states the smallest unit it moves ({@code unit}: M-Pesa moves whole shillings; by default the
 * currency's minor unit). Shares of a settlement are computed in it ({@link #roundDown}), so no leg carries an amount the
 * provider cannot move; {@link #mayPay} and {@link #mayRefund} tell whether one leg can be paid at all.
 *
 * @param minimum the smallest payout, positive; null with {@code maximum} for "no limits"
 * @param maximum the largest payout, in the minimum's currency and at least twice it (so any rest can be made up)
 * @param unit    the smallest amount the provider moves, positive, in the minimum's currency, the minimum a multiple of it;
 *                null for the currency's minor unit (always null without limits)
 * @throws InvalidValueException when only one of minimum and maximum is given, they differ in currency, the maximum is
 *                               below twice the minimum, or the unit does not fit the minimum
 */
public record PayoutLimits(Money minimum, Money maximum, Money unit) {

    private static final PayoutLimits NONE = new PayoutLimits(null, null, null);

    public PayoutLimits {
        InvalidValueException.require(
                (minimum == null) == (maximum == null), "payout limits need both a minimum and a maximum, or neither");
        if (minimum != null) {
            InvalidValueException.require(
                    minimum.isPositive() && minimum.hasSameCurrencyAs(maximum),
                    "payout limits must be positive and in one currency");
            InvalidValueException.require(
                    maximum.compareTo(minimum.plus(minimum)) >= 0,
                    "the largest payout must be at least twice the minimum, so any rest can be made up to the minimum");
        }
        InvalidValueException.require(
                unit == null
                        || minimum != null
                                && unit.isPositive()
                                && unit.hasSameCurrencyAs(minimum)
                                && minimum.amount().remainder(unit.amount()).signum() == 0,
                "the unit of payouts must be positive, in the limits' currency, and divide the minimum");
    }

    /** Limits in the currency's minor unit. */
    public PayoutLimits(Money minimum, Money maximum) {
        this(minimum, maximum, null);
    }

    /** A provider that pays any amount in one payout. */
    public static PayoutLimits none() {
        return NONE;
    }

    /**
     * {@code amount} rounded down to the unit the provider moves (KES 302.50 -> KES 302 on M-Pesa); unchanged when the
     * provider moves the currency's minor unit or the amount is in another currency.
     */
    public Money roundDown(Money amount) {
        if (unit == null || !amount.hasSameCurrencyAs(unit)) {
            return amount;
        }
        BigDecimal units = amount.amount().divide(unit.amount(), 0, RoundingMode.DOWN);
        return Money.of(units.multiply(unit.amount()), amount.currency());
    }

    /**
     * Whether one leg of {@code amount} can be paid: nothing to pay, or at least the minimum and in whole units (a leg
     * above the maximum is {@link #split} into parts). A refund is judged by {@link #mayRefund}.
     */
    public boolean mayPay(Money amount) {
        if (!amount.isPositive() || minimum == null || !amount.hasSameCurrencyAs(minimum)) {
            return true;
        }
        return amount.compareTo(minimum) >= 0 && roundDown(amount).compareTo(amount) == 0;
    }

    /**
     * Whether a refund leg of {@code amount} can be paid. With the collection's receipt the provider reverses the
     * collection, which carries any whole number of units (M-Pesa Reversal: from KES 1), so only the unit counts;
     * without it the refund goes as a payout ({@link #mayPay}: M-Pesa B2C from KES 10).
     */
    public boolean mayRefund(Money amount, boolean withCollectionReceipt) {
        return withCollectionReceipt ? roundDown(amount).compareTo(amount) == 0 : mayPay(amount);
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
