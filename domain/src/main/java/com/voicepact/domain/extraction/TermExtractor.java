package com.voicepact.domain.extraction;

import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Pulls contract terms out of a transcript of Kenyan market talk (English, Swahili, Sheng, or mixed) in three
 * stages: {@link Normaliser} (printed forms, fillers, stutters, slang and spoken numbers become plain words and
 * digits, pauses kept as positions); tagging (each number gets its role: a count in {@link Quantities} and
 * {@link Counts}, a unit price in {@link Prices}, a total in {@link Totals}, not money in {@link BareFigures};
 * products, places, dates, grade and currency from the same words); then {@link MoneyTerms} fills the price and
 * total slots, the figure agreed last winning. A field guessed or computed has a confidence under
 * {@link Field#CERTAIN}. Pure: no clock, no I/O.
 */
public final class TermExtractor {

    /** Confidence of a quantity and unit heard together. */
    private static final double HEARD = 0.9;

    private TermExtractor() {}

    /** The terms of a call on {@code referenceDate} between unknown parties of a Kenyan deployment. */
    public static ExtractedTerms extract(String transcript, LocalDate referenceDate) {
        return extract(transcript, ExtractionContext.on(referenceDate));
    }

    /** The terms said in {@code transcript} (null reads as silence); never throws on any text. */
    public static ExtractedTerms extract(String transcript, ExtractionContext context) {
        LocalDate referenceDate = context.referenceDate();
        String said = Normaliser.withPauses(transcript == null ? "" : transcript);
        List<String> t = Arrays.asList(
                said.replace("|", " ").replaceAll("\\s+", " ").strip().split(" "));
        Quantities.Found quantity = Quantities.find(t, Normaliser.pausesBefore(said));
        Figure price = Prices.unitPrice(t, quantity.index());
        Figure total = Totals.total(t, quantity.index());
        boolean countGuessed = quantity.value() == null;
        if (countGuessed) {
            quantity = Counts.bareCount(t, Products.find(t), price, total);
        }
        Field<String> currency = Currencies.resolve(String.join(" ", t), context);
        MoneyTerms money = MoneyTerms.agree(quantity.value(), countGuessed, price, total);
        String unit = quantity.unit() != null ? quantity.unit() : Counts.priceUnit(t);
        Places.Place place = Places.find(t);
        return new ExtractedTerms(
                Products.field(t),
                Field.of(quantity.value(), countGuessed ? MoneyTerms.GUESSED : HEARD),
                Field.of(unit, countGuessed ? MoneyTerms.GUESSED : HEARD),
                money.unitPrice(),
                money.total(),
                currency,
                Field.of(place == null ? null : place.name(), place == null ? 0 : place.confidence()),
                Field.of(Dates.deadline(t, referenceDate), 0.8),
                Field.of(Grades.find(t), 0.9));
    }

    /** Lower case, spoken numbers as digits: see {@link Normaliser}. */
    static String normalise(String transcript) {
        return Normaliser.normalise(transcript);
    }

    static boolean isNumber(String word) {
        return word.matches("\\d+(\\.\\d+)?");
    }
}
