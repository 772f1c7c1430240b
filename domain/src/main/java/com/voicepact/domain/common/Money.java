package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;

/**
 * An exact, non-negative amount at its currency's scale, at most {@link #maximum} (16 whole digits:
 * what the database's {@code NUMERIC(18, 2)} money columns hold). A value with more decimals than
 * the currency has is refused rather than rounded: money silently rounded is money lost. The range
 * is this one rule, checked before anything else so that {@code 1e999999999} is never written out.
 */
public record Money(BigDecimal amount, CurrencyCode currency) implements Comparable<Money> {

    /** Whole digits of the largest amount: the money columns are {@code NUMERIC(18, 2)}. */
    public static final int MAX_WHOLE_DIGITS = 16;

    /** {@link #maximum} of each currency, by ordinal: computed once, not for every amount. */
    private static final BigDecimal[] MAXIMA = Arrays.stream(CurrencyCode.values())
            .map(c -> BigDecimal.TEN.pow(MAX_WHOLE_DIGITS).subtract(BigDecimal.ONE.movePointLeft(c.minorUnits())))
            .toArray(BigDecimal[]::new);

    /**
     * The refusals' texts are built only for an amount refused: every sum of the menu and the escrow makes Money, and
     * writing the maximum out (a DecimalFormat) for each one cost more than the arithmetic (UssdMenuBenchmark).
     */
    public Money {
        InvalidValueException.require(amount != null, "amount is required");
        InvalidValueException.require(currency != null, "currency is required");
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount must not be negative, got " + InvalidValueException.shown(amount));
        }
        BigDecimal maximum = maximum(currency);
        if (amount.compareTo(maximum) > 0) {
            throw new InvalidValueException("amount must be at most " + written(maximum) + " " + currency + ", got "
                    + InvalidValueException.shown(amount));
        }
        if (amount.stripTrailingZeros().scale() > currency.minorUnits()) {
            throw new InvalidValueException("amount " + InvalidValueException.shown(amount) + " has more decimals than "
                    + currency + " allows (" + currency.minorUnits() + ")");
        }
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

    /**
     * A positive amount given for {@code field} (a price, a total, a checkout amount).
     *
     * @throws InvalidValueException "{@code <field> must be between 0.01 and 9,999,999,999,999,999.99 KES, got ...}"
     *         when it is not positive or too large; "{@code <field>: amount ... has more decimals ...}" for a fraction
     *         of the minor unit
     */
    public static Money positive(BigDecimal amount, CurrencyCode currency, String field) {
        InvalidValueException.require(amount != null, field + " is required");
        requirePositiveInRange(amount, currency, field);
        try {
            return new Money(amount, currency);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field + ": " + e.getMessage());
        }
    }

    /**
     * The one range rule for a positive amount, for a value that is not yet Money (a product being computed).
     *
     * @throws InvalidValueException "{@code <what> must be between <one minor unit> and <maximum> <currency>, got ...}"
     */
    public static void requirePositiveInRange(BigDecimal amount, CurrencyCode currency, String what) {
        InvalidValueException.require(
                amount.signum() > 0 && amount.compareTo(maximum(currency)) <= 0,
                what + " must be between " + positiveRange(currency) + ", got " + InvalidValueException.shown(amount));
    }

    /** The largest amount we keep in {@code currency}: 9,999,999,999,999,999.99 KES, 9,999,999,999,999,999 UGX. */
    public static BigDecimal maximum(CurrencyCode currency) {
        return MAXIMA[currency.ordinal()];
    }

    /** "0.01 and 9,999,999,999,999,999.99 KES": the range of a positive amount, as every refusal words it. */
    public static String positiveRange(CurrencyCode currency) {
        return BigDecimal.ONE.movePointLeft(currency.minorUnits()).toPlainString() + " and "
                + written(maximum(currency)) + " " + currency;
    }

    private static String written(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format.format(value);
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
        if (!hasSameCurrencyAs(other)) {
            throw new InvalidValueException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
