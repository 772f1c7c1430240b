package com.voicepact.domain.messaging;

import com.voicepact.domain.common.Money;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount as a phone user reads it: the currency code, then the figure grouped by thousands with
 * commas, whatever the server's locale. SMS show the cents, USSD screens (short of room) whole units.
 */
final class MoneyText {

    private MoneyText() {}

    /** {@code KES 350,000.00}: the original product's {@code {cur} {amount:,.2f}}. */
    static String withCents(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return money.currency() + " " + format.format(money.amount().setScale(2, RoundingMode.UNNECESSARY));
    }

    /** {@code KES 350,000}: the USSD screens' whole-unit value, rounded half up. */
    static String whole(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return money.currency() + " " + format.format(money.amount().setScale(0, RoundingMode.HALF_UP));
    }
}
