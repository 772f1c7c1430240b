package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import java.math.BigDecimal;

/**
 * A positive amount of goods in a named unit ({@code 50 bags}, {@code 2.5 tonnes}): from 0.001 to
 * 999,999,999,999,999.999 with at most 3 decimals, what the database's {@code NUMERIC(18, 3)}
 * quantity columns hold. The range is checked first, so {@code 1e999999999} is never written out.
 */
public record Quantity(BigDecimal value, String unit) {

    /** The largest quantity: the quantity columns are {@code NUMERIC(18, 3)}. */
    public static final BigDecimal MAXIMUM = new BigDecimal("999999999999999.999");
    /** How every refusal of a quantity words its range. */
    public static final String RANGE = "0.001 and 999,999,999,999,999.999";

    public Quantity {
        InvalidValueException.require(value != null, "quantity is required");
        InvalidValueException.require(
                value.signum() > 0 && value.compareTo(MAXIMUM) <= 0,
                "quantity must be between " + RANGE + ", got " + InvalidValueException.shown(value));
        InvalidValueException.require(value.scale() <= 3, "quantity allows at most 3 decimals");
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        unit = unit == null || unit.isBlank() ? "units" : InvalidValueException.requireText(unit, "unit", 40);
    }

    public static Quantity of(BigDecimal value, String unit) {
        return new Quantity(value, unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
