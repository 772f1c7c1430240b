package com.voicepact.domain.extraction;

import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pulls contract terms out of a transcript of Kenyan market talk (English, Swahili, or both mixed),
 * by rules a clerk would use: a number next to a unit is a quantity; a number followed by "per",
 * "each", "kila" or "kwa" and a unit is a unit price; "total"/"jumla" marks the total; the last
 * price said wins (haggling); places follow delivery words; dates resolve against the call's day.
 * Pure: no clock, no I/O.
 */
public final class TermExtractor {

    static final Set<String> PER = Set.of("per", "each", "a", "an", "kila", "every");
    static final Set<String> MONEY = Set.of("shillings", "shilling", "shilingi", "ksh", "kshs", "kes", "bob", "sh", "shs",
            "ugx", "ush", "tzs", "tsh", "bei", "price", "cost", "pesa");
    static final Set<String> TOTAL = Set.of("total", "jumla", "altogether", "overall", "totalling", "totaling");
    private static final Set<String> STRONG_PLACE = Set.of("deliver", "delivered", "delivery", "deliveries", "tutaleta", "nitaleta",
            "tutapeleka", "nitapeleka", "leta", "peleka", "kuleta", "kupeleka", "pick", "collect", "mpaka", "hadi", "kwenye",
            "pale", "huko", "sokoni", "bring", "drop", "ship", "transport");
    private static final Set<String> WEAK_PLACE = Set.of("to", "at", "in", "from");
    private static final Set<String> VERBS = Set.of("buy", "sell", "pay", "confirm", "bring", "pick", "deliver", "supply", "send",
            "get", "be", "do", "go", "give", "take", "come", "agree", "agreed", "settle", "say", "said", "want", "wants", "need", "them",
            "the", "you", "your", "me", "us", "it", "cash", "mpesa", "m-pesa", "total", "uganda", "tanzania", "kenya", "least", "most",
            "full", "once", "that", "this", "price", "bei", "kila", "shilingi", "shillings", "bob", "ksh");

    /** Confidence of a figure heard in the call, and of one computed from the others. */
    private static final double SAID = 0.9;
    private static final double COMPUTED = 0.7;

    private TermExtractor() {
    }

    public static ExtractedTerms extract(String transcript, LocalDate referenceDate) {
        List<String> t = Arrays.asList(normalise(transcript == null ? "" : transcript).split(" "));
        Quantities.Found quantity = Quantities.find(t);
        String currency = currency(String.join(" ", t));
        BigDecimal unitPrice = Prices.unitPrice(t, quantity.index());
        BigDecimal total = Prices.total(t);
        boolean priceComputed = false;
        boolean totalComputed = false;
        if (quantity.value() != null && unitPrice == null && total != null && quantity.value().signum() > 0) {
            unitPrice = total.divide(quantity.value(), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
            priceComputed = true;
        } else if (quantity.value() != null && unitPrice != null && total == null) {
            total = unitPrice.multiply(quantity.value()).stripTrailingZeros();
            totalComputed = true;
        }
        Places.Place place = Places.find(t);
        return new ExtractedTerms(Field.of(product(t), 0.85), Field.of(quantity.value(), 0.9), Field.of(quantity.unit(), 0.9),
                Field.of(plain(unitPrice), priceComputed ? COMPUTED : SAID), Field.of(plain(total), totalComputed ? COMPUTED : SAID),
                Field.of(currency, 0.8),
                Field.of(place == null ? null : place.name(), place == null ? 0 : place.confidence()),
                Field.of(Dates.deadline(t, referenceDate), 0.8), Field.of(quality(t), 0.9));
    }

    /** Lower case, spoken numbers as digits, ordinals as numbers, punctuation gone. */
    static String normalise(String transcript) {
        String text = Dates.spellNumericDates(transcript.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        text = text.replaceAll("(\\d),(\\d{3})", "$1$2").replaceAll("(\\d),(\\d{3})", "$1$2");
        // A pause (comma, full stop, question) ends a spoken number: "magunia sabini, elfu tatu" is 70 and 3000.
        text = text.replaceAll("[,;:?!]|(?<!\\d)\\.|\\.(?!\\d)", " | ").replaceAll("[^a-z0-9.'|\\- ]", " ");
        text = text.replaceAll("(\\d+)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ").strip();
        text = Ordinals.replace(text.replaceAll("\\b([a-z]+ty)-([a-z]+)\\b", "$1 $2")); // twenty-five
        text = NumberWords.digits(text).replace("|", " ").replaceAll("\\s+", " ").strip();
        return POINT.matcher(text).replaceAll(m -> m.group(1) + "." + m.group(2).replace(" ", "")); // one point five
    }

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile("\\b(\\d+) point ((?:\\d )*\\d)\\b");

    static String currency(String text) {
        if (text.matches(".*\\b(ugx|ush|uganda(n)? (shillings?|shilingi)|ug shillings?)\\b.*")) {
            return "UGX";
        }
        if (text.matches(".*\\b(tzs|tsh|tanzania(n)? (shillings?|shilingi))\\b.*")) {
            return "TZS";
        }
        return "KES";
    }

    /** The first product the vocabulary knows (two-word names first), else the word after "<unit> of". */
    static String product(List<String> t) {
        String text = " " + String.join(" ", t) + " ";
        int best = Integer.MAX_VALUE;
        String product = null;
        List<String> names = new ArrayList<>(Vocabulary.PRODUCTS.keySet());
        names.sort(Comparator.comparing(String::length).reversed());
        for (String name : names) {
            int at = text.indexOf(" " + name + " ");
            if (at >= 0 && at < best) {
                best = at;
                product = Vocabulary.PRODUCTS.get(name);
            }
        }
        if (product != null) {
            return product;
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (Vocabulary.unit(t.get(i)).isPresent() && Set.of("of", "ya", "za", "la").contains(t.get(i + 1))
                    && !isNumber(t.get(i + 2))) {
                return Vocabulary.singular(t.get(i + 2));
            }
        }
        return null;
    }

    static String quality(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).equals("grade") && t.get(i + 1).matches("[1-5]|[a-e]")) {
                return "grade " + t.get(i + 1);
            }
            if (t.get(i).equals("daraja") && i + 2 < t.size() && t.get(i + 1).equals("la")) {
                String grade = switch (t.get(i + 2)) {
                    case "kwanza" -> "1";
                    case "pili" -> "2";
                    case "tatu", "3" -> "3";
                    default -> null;
                };
                if (grade != null) {
                    return "grade " + grade;
                }
            }
        }
        return null;
    }

    static boolean isNumber(String word) {
        return word.matches("\\d+(\\.\\d+)?");
    }

    static boolean isWeakPlaceWord(String word) {
        return WEAK_PLACE.contains(word);
    }

    static boolean isStrongPlaceWord(String word) {
        return STRONG_PLACE.contains(word);
    }

    static boolean isVerbOrFiller(String word) {
        return VERBS.contains(word);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
