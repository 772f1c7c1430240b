package com.voicepact.domain.messaging;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signs a typed correction value carries that are no decoration: a minus before a number ({@code -500}, refused,
 * never read as 500) and money VoicePact does not hold ({@code $300}, {@code USD}, refused with the contract's
 * currency, never read as shillings).
 */
final class CorrectionSigns {

    /** Currency words and signs of money VoicePact does not settle in. */
    static final String FOREIGN_WORDS = "USD|US\\$|EUR|GBP|DOLLARS?|EUROS?|POUNDS?|[$€£]";

    private static final Pattern FOREIGN = Pattern.compile(FOREIGN_WORDS);
    /** A minus sign right before a number ({@code -500}, {@code KES -500}), not a dash between two numbers. */
    private static final Pattern MINUS = Pattern.compile("(?<![\\d\\p{L}])[-\u2212](?=\\d)");

    private CorrectionSigns() {}

    /**
     * A minus sign after a space and right before a digit ({@code PRICE-<id> -500}; in {@code PRICE-<id>-500} it is the
     * dash phones type between the id and the value) or a currency sign ({@code $300}) at {@code at}.
     */
    static boolean startsValue(String rest, int at) {
        char c = rest.charAt(at);
        boolean minus = (c == '-' || c == '\u2212')
                && at > 0
                && Character.isWhitespace(rest.charAt(at - 1))
                && MINUS.matcher(rest).region(at, rest.length()).lookingAt();
        return minus || isCurrencySign(c);
    }

    static boolean isCurrencySign(int codePoint) {
        return Character.getType(codePoint) == Character.CURRENCY_SYMBOL;
    }

    static boolean isNegative(String value) {
        return MINUS.matcher(value).find();
    }

    /** {@code value} without its minus sign. */
    static String unsigned(String value) {
        Matcher minus = MINUS.matcher(value);
        return minus.find() ? value.substring(0, minus.start()) + value.substring(minus.end()) : value;
    }

    /** Whether a currency word or sign of the value names money VoicePact does not hold. */
    static boolean isForeign(String word) {
        return word != null && FOREIGN.matcher(word.toUpperCase(Locale.ROOT)).matches();
    }
}
