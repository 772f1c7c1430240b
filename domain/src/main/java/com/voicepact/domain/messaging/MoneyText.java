package com.voicepact.domain.messaging;

import com.voicepact.domain.common.Money;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An amount as a phone user reads it: the currency code, then the figure grouped by thousands with
 * commas, whatever the server's locale. SMS show the cents, USSD screens (short of room) whole units.
 */
final class MoneyText {

    private MoneyText() {}

    /**
     * JDK formatting, not a {@code DecimalFormat} built per amount (a USSD payments screen writes several per contract,
     * UssdMenuBenchmark). Locale.US: the same ',' and '.' as the original's {@code {amount:,.2f}}, and the JDK's own
     * fast path for grouping by three; the amount is already at its scale, so nothing is rounded here.
     */
    private static final String WITH_CENTS = "%s %,.2f";

    private static final String WHOLE = "%s %,.0f";

    /** {@code KES 350,000.00}: the original product's {@code {cur} {amount:,.2f}}. */
    static String withCents(Money money) {
        return String.format(
                Locale.US, WITH_CENTS, money.currency(), money.amount().setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code KES 350,000}: the USSD screens' whole-unit value, rounded half up. */
    static String whole(Money money) {
        return String.format(Locale.US, WHOLE, money.currency(), money.amount().setScale(0, RoundingMode.HALF_UP));
    }
}
