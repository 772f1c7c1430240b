package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import java.math.BigDecimal;

/** A positive amount of goods in a named unit (`50 bags`, `2.5 tonnes`). */
public record Quantity(BigDecimal value, String unit) {

    public Quantity {
        InvalidValueException.require(value != null, "quantity is required");
        InvalidValueException.require(value.signum() > 0, "quantity must be positive, got " + value.toPlainString());
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
