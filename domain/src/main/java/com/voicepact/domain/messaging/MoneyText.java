package com.voicepact.domain.messaging;

import com.voicepact.domain.common.Money;
import java.math.RoundingMode;

/**
 * An amount as a phone user reads it: the currency code, then the figure grouped by thousands with
 * commas, whatever the server's locale. SMS show the cents, USSD screens (short of room) whole units.
 */
final class MoneyText {

    private MoneyText() {}

    /** {@code KES 350,000.00}: the original product's {@code {cur} {amount:,.2f}}. */
    static String withCents(Money money) {
        return money.currency() + " "
                + grouped(money.amount().setScale(2, RoundingMode.UNNECESSARY).toPlainString());
    }

    /** {@code KES 350,000}: the USSD screens' whole-unit value, rounded half up. */
    static String whole(Money money) {
        return money.currency() + " "
                + grouped(money.amount().setScale(0, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * {@code 1234567.50} as {@code 1,234,567.50}: the whole part's thousands grouped with commas (Money is never
     * negative). What {@code new DecimalFormat("#,##0.00", ROOT)} wrote, without building one per amount: a USSD
     * payments screen writes several amounts per contract (UssdMenuBenchmark).
     */
    private static String grouped(String plain) {
        int point = plain.indexOf('.');
        int wholeDigits = point < 0 ? plain.length() : point;
        StringBuilder out = new StringBuilder(plain.length() + wholeDigits / 3);
        for (int i = 0; i < wholeDigits; i++) {
            if (i > 0 && (wholeDigits - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, wholeDigits, plain.length()).toString();
    }
}
