package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact, non-negative amount at its currency's scale. A value with more decimals than the
 * currency has is refused rather than rounded: money silently rounded is money lost.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

    public Money {
        InvalidValueException.require(amount != null, "amount is required");
        InvalidValueException.require(currency != null, "currency is required");
        InvalidValueException.require(amount.signum() >= 0, "amount must not be negative, got " + amount.toPlainString());
        InvalidValueException.require(amount.stripTrailingZeros().scale() <= currency.minorUnits(),
                "amount " + amount.toPlainString() + " has more decimals than " + currency + " allows ("
                        + currency.minorUnits() + ")");
        amount = amount.setScale(currency.minorUnits(), RoundingMode.UNNECESSARY);
    }

    public static Money of(BigDecimal amount, CurrencyCode currency) {
        return new Money(amount, currency);
    }

    public static Money of(String amount, CurrencyCode currency) {
        try {
            return new Money(new BigDecimal(amount.strip()), currency);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidValueException("amount '" + amount + "' is not a number");
        }
    }

    public static Money zero(CurrencyCode currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Quantity times this unit price, rounded half-even to the currency's minor unit. */
    public Money times(BigDecimal quantity) {
        BigDecimal product = amount.multiply(quantity).setScale(currency.minorUnits(), RoundingMode.HALF_EVEN);
        return new Money(product, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean hasSameCurrencyAs(Money other) {
        return currency == other.currency;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        InvalidValueException.require(hasSameCurrencyAs(other),
                "cannot combine " + currency + " with " + other.currency);
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
