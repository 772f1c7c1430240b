package com.voicepact.domain.messaging;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.CorrectionRefusedException;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermCorrection.Field;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a correction as phones type it (after {@link TypedText}'s folding of spaces, dashes and full-width forms):
 * <ul>
 *   <li>a price: digits, thousands commas optional ({@code 2500}, {@code 2,500}), decimals ({@code 2500.50}; as many as the
 *       contract's currency has, checked when applied), {@code 2.5k}; a currency word before or after ({@code KES},
 *       {@code Ksh}, {@code Ksh.}, {@code UGX}, {@code TSh}, {@code /=}, or {@code shillings}/{@code bob}, which mean the
 *       contract's own); a per-unit tail ignored ({@code per bag}, {@code /bag}, {@code each}, {@code kila gunia});
 *   <li>a quantity: a number as above (no {@code k}), then an optional unit word ({@code 80}, {@code 80 bags});
 *   <li>a date: {@code 2026-12-20}, {@code 20/12/2026}, {@code 20-12-2026}, {@code 20.12.2026}, {@code 20122026} (day
 *       first), a real day;
 *   <li>a place or a product: the text, on one line, with at least one letter.
 * </ul>
 */
public final class CorrectionValues {

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String CURRENCY =
            "(KES|KSHS|KSH|SHS|SH|SHILLINGS|SHILLING|SHILINGI|BOB|UGX|USHS|USH|TZS|TSHS|TSH|RWF|FRW|MWK|ZMW|NGN" + "|"
                    + CorrectionSigns.FOREIGN_WORDS + ")";

    private static final Pattern PRICE = Pattern.compile(
            "^(?:" + CURRENCY + "\\.?\\s*)?" + NUMBER + "(K(?!\\p{L}))?\\s*(?:" + CURRENCY
                    + "(?!\\p{L})\\.?)?\\s*(?:/=|/-)?"
                    + "(?:\\s*(?:/|\\bPER\\b|\\bEACH\\b|\\bKILA\\b|\\bKWA\\b)[\\p{L} ]*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTITY =
            Pattern.compile("^" + NUMBER + "\\s*(\\p{L}[\\p{L} .]{0,39})?$", Pattern.CASE_INSENSITIVE);
    private static final String SEP = "\\s*[-/.\\s]\\s*";
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})" + SEP + "(\\d{1,2})" + SEP + "(\\d{1,2})$");
    private static final Pattern DAY_FIRST =
            Pattern.compile("^(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{4})$|^(\\d{2})(\\d{2})(\\d{4})$");

    private CorrectionValues() {}

    /** The value after the id: decoration (punctuation, quotes, emoji) at both ends dropped, spaces single; "" when none. */
    static String trimmed(String rest) {
        int from = 0;
        int to = rest.length();
        while (from < to && !isValueChar(rest.codePointAt(from)) && !CorrectionSigns.startsValue(rest, from)) {
            from += Character.charCount(rest.codePointAt(from));
        }
        while (to > from
                && !isValueChar(rest.codePointBefore(to))
                && !CorrectionSigns.isCurrencySign(rest.codePointBefore(to))
                && !(rest.charAt(to - 1) == ')' && rest.substring(from, to).contains("("))) {
            to -= Character.charCount(rest.codePointBefore(to));
        }
        return rest.substring(from, to).strip().replaceAll("\\s+", " ");
    }

    private static boolean isValueChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    /** An example of the command for {@code field}: {@code PRICE-AG-2026-000123 250}. */
    public static String example(Field field, ContractId id) {
        return switch (field) {
            case PRICE -> "PRICE-" + id + " 250";
            case QUANTITY -> "QTY-" + id + " 80";
            case PLACE -> "PLACE-" + id + " Kitale";
            case DATE -> "DATE-" + id + " 2026-12-20";
            case PRODUCT -> "PRODUCT-" + id + " Maize";
        };
    }

    /**
     * The correction {@code value} asks for.
     *
     * @throws InvalidValueException "{@code '25o' is not a price: write it in digits, e.g. PRICE-AG-2026-000123 250}",
     *     "{@code send the new price after the contract number, e.g. ...}", "{@code 31/02/2026 is no calendar day}", or the
     *     value's own refusal (a price of 0, a quantity with 4 decimals)
     */
    public static TermCorrection read(Field field, String value, ContractId id) {
        String word = field.name().toLowerCase(Locale.ROOT);
        if (isAbsent(value)) {
            throw new InvalidValueException(
                    "send the new " + word + " after the contract number, e.g. " + example(field, id));
        }
        Optional<TermCorrection> read = switch (field) {
            case PRICE -> price(value);
            case QUANTITY -> quantity(value);
            case DATE -> date(value);
            case PLACE -> Optional.of(new TermCorrection.NewPlace(value));
            case PRODUCT -> Optional.of(new TermCorrection.NewProduct(value));
        };
        return read.orElseThrow(() -> new InvalidValueException(
                "'" + value + "' is not a " + word + ": write it as in " + example(field, id)));
    }

    /** No value: nothing, or {@code None} as AT writes an absent value. */
    static boolean isAbsent(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase("none");
    }

    private static Optional<TermCorrection> price(String typed) {
        boolean negative = CorrectionSigns.isNegative(typed);
        String value = CorrectionSigns.unsigned(typed);
        Matcher m = PRICE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (CorrectionSigns.isForeign(m.group(1)) || CorrectionSigns.isForeign(m.group(4))) {
            throw new CorrectionRefusedException(
                    CorrectionRefusedException.Reason.CURRENCY,
                    "",
                    "'" + typed + "' is not in the contract's currency");
        }
        Optional<CurrencyCode> before = currency(m.group(1));
        Optional<CurrencyCode> after = currency(m.group(4));
        InvalidValueException.require(
                before.isEmpty() || after.isEmpty() || before.equals(after), "'" + value + "' names two currencies");
        BigDecimal amount = number(m.group(2));
        if (m.group(3) != null) {
            amount = amount.movePointRight(3);
        }
        amount = amount.stripTrailingZeros();
        amount = amount.scale() < 0 ? amount.setScale(0) : amount;
        return Optional.of(new TermCorrection.NewPrice(
                negative ? amount.negate() : amount, before.or(() -> after).orElse(null)));
    }

    private static Optional<TermCorrection> quantity(String typed) {
        boolean negative = CorrectionSigns.isNegative(typed);
        String value = CorrectionSigns.unsigned(typed);
        Matcher m = QUANTITY.matcher(value);
        return m.matches()
                ? Optional.of(new TermCorrection.NewQuantity(
                        negative ? number(m.group(1)).negate() : number(m.group(1)),
                        m.group(2) == null ? null : m.group(2).strip()))
                : Optional.empty();
    }

    private static Optional<TermCorrection> date(String value) {
        Matcher iso = ISO_DATE.matcher(value);
        Matcher dayFirst = DAY_FIRST.matcher(value);
        try {
            if (iso.matches()) {
                return Optional.of(new TermCorrection.NewDate(LocalDate.of(
                        Integer.parseInt(iso.group(1)),
                        Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)))));
            }
            if (dayFirst.matches()) {
                int g = dayFirst.group(1) != null ? 0 : 3; // DD/MM/YYYY, or DDMMYYYY as a keypad types it
                return Optional.of(new TermCorrection.NewDate(LocalDate.of(
                        Integer.parseInt(dayFirst.group(g + 3)),
                        Integer.parseInt(dayFirst.group(g + 2)),
                        Integer.parseInt(dayFirst.group(g + 1)))));
            }
        } catch (DateTimeException noSuchDay) {
            throw new InvalidValueException(value + " is no calendar day");
        }
        return Optional.empty();
    }

    /** The currency a word names; empty for none and for the words every shilling shares ({@code SH}, {@code BOB}). */
    private static Optional<CurrencyCode> currency(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word.toUpperCase(Locale.ROOT)) {
            case "KES", "KSH", "KSHS" -> Optional.of(CurrencyCode.KES);
            case "UGX", "USH", "USHS" -> Optional.of(CurrencyCode.UGX);
            case "TZS", "TSH", "TSHS" -> Optional.of(CurrencyCode.TZS);
            case "RWF", "FRW" -> Optional.of(CurrencyCode.RWF);
            case "MWK", "ZMW", "NGN" -> Optional.of(CurrencyCode.parse(word));
            default -> Optional.empty();
        };
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }
}
