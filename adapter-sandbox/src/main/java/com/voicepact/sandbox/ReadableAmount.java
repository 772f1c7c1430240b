package com.voicepact.sandbox;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount as a person reads it on the phone simulator: {@code KES 9,000}, {@code KES 9,000.50}, {@code KES 0.005}
 * (thousands grouped with commas; no decimals for a whole amount, at least two otherwise, never a digit lost). For the
 * sandboxes' display only: what they send on the wire keeps each provider's own format ({@code KES 9000.0000}).
 */
public final class ReadableAmount {

    private ReadableAmount() {}

    /** {@code currency} and {@code amount} as read, e.g. {@code ("KES", 9000.0000)} -> {@code "KES 9,000"}. */
    public static String of(String currency, BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat(
                plain.scale() <= 0 ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(plain.scale() <= 0 ? 0 : 2);
        format.setMaximumFractionDigits(Math.max(2, plain.scale()));
        return currency + " " + format.format(plain);
    }

    /**
     * AT's money text ({@code "KES 9000.0000"}, currency, one space, amount) as read; a text that is not one is returned
     * unchanged, so the display never hides what the sandbox holds.
     */
    public static String ofWire(String money) {
        String[] parts = money == null ? new String[0] : money.strip().split(" ");
        if (parts.length != 2 || !parts[0].matches("[A-Z]{3}")) {
            return money;
        }
        try {
            return of(parts[0], new BigDecimal(parts[1]));
        } catch (NumberFormatException e) {
            return money;
        }
    }
}
