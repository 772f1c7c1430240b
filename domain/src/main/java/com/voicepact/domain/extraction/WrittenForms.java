package com.voicepact.domain.extraction;

import java.util.regex.Pattern;

/**
 * How speech-to-text prints figures and words that a reader would split or join: a speaker label with its number
 * ("Speaker 2:"), a currency glued to its figure ("KSh6,500", "frw900", "900frw"), a unit glued to its figure ("50kg"), the
 * shilling sign "800/-", thousands grouped by a space ("75 000"), and number words run together ("fortybags",
 * "thirtyfive"). On lower-case text, before any other normalisation.
 */
final class WrittenForms {

    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(?:(?:speaker|spk|caller|person) ?\\d*|buyer|seller|mkulima|mnunuzi|farmer|trader|broker|customer"
                    + "|mteja|agent|dalali)\\s*:");
    private static final Pattern CURRENCY_GLUED =
            Pattern.compile("\\b(kshs?|kes|shs?|ugx|ush|tzs|tshs?|frw|rwf)\\.?(\\d)");
    private static final Pattern CURRENCY_AFTER =
            Pattern.compile("(\\d)(kshs?|kes|bob|shs?|ugx|ush|tzs|tshs?|frw|rwf)\\b");
    private static final Pattern UNIT_GLUED =
            Pattern.compile("(\\d)(kgs?|kilos?|bags?|crates?|trays?|litres?|tonnes?)\\b");
    private static final Pattern SHILLING_SIGN = Pattern.compile("(\\d)\\s*/[-=]");
    private static final Pattern SPACE_GROUPED = Pattern.compile("\\b(\\d{1,3}) (000)\\b");
    /** "ksh 7 500", "price: 3 200." : a figure grouped by a space, said alone or after a price or currency word. */
    private static final Pattern SPACE_GROUPED_ALONE = Pattern.compile(
            "(^|[|.,:?!;]\\s*|\\b(?:kshs?|kes|shs?|ugx|ush|tzs|tshs?|frw|rwf|bei|price|ok|okay|sawa|poa|fine)\\.?\\s+)(\\d{1,3}) (\\d{3})"
                    + "(?=\\s*(?:[|.,?!;]|$|bob\\b|shillings?\\b|shilingi\\b|kshs?\\b))");

    private static final Pattern TENS_GLUED =
            Pattern.compile("\\b(twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)"
                    + "(one|two|three|four|five|six|seven|eight|nine|[a-z]{3,})\\b");

    /** A phone number ("0722 123 456", "+254 712 345678") or an M-Pesa till, paybill or account number: no figure. */
    private static final Pattern PHONE_OR_TILL =
            Pattern.compile("(?:\\+?\\b254|\\b0)[17]\\d{2}[ -]?\\d{3}[ -]?\\d{3}\\b"
                    + "|\\b(till|paybill|pay bill)(?: (?:number|no\\.?|namba))? ?\\d{4,12}\\b"
                    + "|\\b(account|acc)(?: (?:number|no\\.?|namba)) ?\\d{4,12}\\b");

    private WrittenForms() {}

    /** {@code lower} (lower-case text) with those forms split or joined; speaker labels become pauses ("|"). */
    static String read(String lower) {
        String text =
                PHONE_OR_TILL.matcher(SPEAKER.matcher(lower).replaceAll(" | ")).replaceAll(" $1$2 ");
        text = CURRENCY_GLUED.matcher(text).replaceAll("$1 $2");
        text = UNIT_GLUED.matcher(text).replaceAll("$1 $2");
        text = CURRENCY_AFTER.matcher(text).replaceAll("$1 $2");
        text = SHILLING_SIGN.matcher(text).replaceAll("$1 ");
        text = SPACE_GROUPED.matcher(text).replaceAll("$1$2");
        text = SPACE_GROUPED_ALONE.matcher(text).replaceAll("$1$2$3");
        return TENS_GLUED.matcher(text).replaceAll(m -> glued(m.group(1), m.group(2)));
    }

    private static String glued(String tens, String rest) {
        boolean known = NumberLexicon.UNITS.containsKey(rest)
                || Vocabulary.UNITS.containsKey(rest)
                || Vocabulary.PRODUCTS.containsKey(rest);
        return known ? tens + " " + rest : tens + rest;
    }
}
