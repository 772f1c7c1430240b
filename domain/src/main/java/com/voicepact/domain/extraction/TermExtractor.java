package com.voicepact.domain.extraction;

import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Pulls contract terms out of a transcript of Kenyan market talk (English, Swahili, or both mixed),
 * by rules a clerk would use: a number next to a unit is a quantity; a number followed by "per",
 * "each", "kila" or "kwa" and a unit is a unit price; "total"/"jumla" marks the total; the last
 * price said wins (haggling); places follow delivery words; dates resolve against the call's day.
 * Pure: no clock, no I/O.
 */
public final class TermExtractor {

    /** Confidence of a figure heard in the call, and of one computed from the others. */
    private static final double SAID = 0.9;

    private static final double COMPUTED = 0.7;

    private TermExtractor() {}

    /** The terms of a call on {@code referenceDate} between unknown parties of a Kenyan deployment. */
    public static ExtractedTerms extract(String transcript, LocalDate referenceDate) {
        return extract(transcript, ExtractionContext.on(referenceDate));
    }

    /** The terms said in {@code transcript} (null reads as silence); never throws on any text. */
    public static ExtractedTerms extract(String transcript, ExtractionContext context) {
        LocalDate referenceDate = context.referenceDate();
        List<String> t =
                Arrays.asList(normalise(transcript == null ? "" : transcript).split(" "));
        Quantities.Found quantity = Quantities.find(t);
        Field<String> currency = Currencies.resolve(String.join(" ", t), context);
        BigDecimal unitPrice = Prices.unitPrice(t, quantity.index());
        BigDecimal total = Totals.total(t);
        boolean priceComputed = false;
        boolean totalComputed = false;
        if (quantity.value() != null
                && unitPrice == null
                && total != null
                && quantity.value().signum() > 0) {
            unitPrice =
                    total.divide(quantity.value(), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
            priceComputed = true;
        } else if (quantity.value() != null && unitPrice != null && total == null) {
            total = unitPrice.multiply(quantity.value()).stripTrailingZeros();
            totalComputed = true;
        }
        Places.Place place = Places.find(t);
        return new ExtractedTerms(
                Products.field(t),
                Field.of(quantity.value(), 0.9),
                Field.of(quantity.unit(), 0.9),
                Field.of(plain(unitPrice), priceComputed ? COMPUTED : SAID),
                Field.of(plain(total), totalComputed ? COMPUTED : SAID),
                currency,
                Field.of(place == null ? null : place.name(), place == null ? 0 : place.confidence()),
                Field.of(Dates.deadline(t, referenceDate), 0.8),
                Field.of(Grades.find(t), 0.9));
    }

    /** Lower case, spoken numbers as digits, ordinals as numbers, punctuation gone. */
    static String normalise(String transcript) {
        String text =
                Dates.spellNumericDates(transcript.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        text = text.replaceAll("(\\d),(\\d{3})", "$1$2").replaceAll("(\\d),(\\d{3})", "$1$2");
        // A pause (comma, full stop, question) ends a spoken number: "magunia sabini, elfu tatu" is 70 and 3000.
        text = text.replaceAll("[,;:?!]|(?<!\\d)\\.|\\.(?!\\d)", " | ").replaceAll("[^a-z0-9.'|\\- ]", " ");
        text = text.replaceAll("(\\d+)(st|nd|rd|th)\\b", "$1")
                .replaceAll("\\s+", " ")
                .strip();
        text = Ordinals.replace(text.replaceAll("\\b([a-z]+ty)-([a-z]+)\\b", "$1 $2")); // twenty-five
        text = NumberWords.digits(text)
                .replace("|", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return POINT.matcher(text).replaceAll(m -> m.group(1) + "." + m.group(2).replace(" ", "")); // one point five
    }

    private static final java.util.regex.Pattern POINT =
            java.util.regex.Pattern.compile("\\b(\\d+) point ((?:\\d )*\\d)\\b");

    static boolean isNumber(String word) {
        return word.matches("\\d+(\\.\\d+)?");
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null
                ? null
                : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
