package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.TOTAL;

import java.util.List;
import java.util.Set;

/** Tags the numbers that are said bare (no unit, no marker) but are not money: dates, durations, counts, grades. */
final class BareFigures {

    private static final Set<String> NOT_MONEY_BEFORE = Set.of(
            "in", "tarehe", "on", "by", "before", "the", "baada", "ya", "siku", "wiki", "take", "nipe", "nataka",
            "want", "need", "total", "jumla", "grade", "daraja", "la", "wa", "mwezi", "per", "each", "kila", "every",
            "saa");

    private BareFigures() {}

    /** "nachukua zote 10": a number after "all" counts the lot again; it is never a short price. */
    static boolean afterAll(List<String> t, int i) {
        return i > 0 && Set.of("zote", "wote", "yote", "all").contains(t.get(i - 1));
    }

    /** A number that is not a quantity, a date, a duration, a total or part of a place name ("Githurai 45 market"). */
    static boolean isBare(List<String> t, int i) {
        String before = i > 0 ? t.get(i - 1) : "";
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean otherMeaning = NOT_MONEY_BEFORE.contains(before)
                || (Vocabulary.UNITS.containsKey(after) && !countAfter(t, i + 2)) // "sawa 75, lita 400"
                || Vocabulary.UNITS.containsKey(before)
                || Vocabulary.PRODUCTS.containsKey(after)
                || CalendarWords.MONTHS.containsKey(after)
                || CalendarWords.MONTHS.containsKey(before)
                || TOTAL.contains(after)
                || after.matches("days?|weeks?|months?|siku|wiki|of|ya|za|in|deposit|percent|am|pm|o'clock")
                || PlaceNames.SUFFIXES.contains(after)
                || PlaceNames.KNOWN.contains(before);
        return !otherMeaning && !otherCost(t, i) && !referencePrice(t, i);
    }

    /** Words of a cost beside the goods: the lorry, a boda or matatu trip, the fare, a deposit sent by M-Pesa. */
    private static final Set<String> OTHER_COSTS = Set.of(
            "lorry",
            "lori",
            "truck",
            "pickup",
            "canter",
            "probox",
            "tuktuk",
            "mkokoteni",
            "boda",
            "mat",
            "pikipiki",
            "fare",
            "nauli",
            "transport",
            "usafiri",
            "fuel",
            "deposit",
            "advance",
            "balance",
            "loading",
            "kubeba",
            "trip",
            "commission");

    /** "the canter is 6000", "pikipiki ni 400 kila safari", "nitatuma lori, hiyo ni 3500": another cost, not the goods'. */
    static boolean otherCost(List<String> t, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
            if (OTHER_COSTS.contains(t.get(j))) {
                return true; // the cost is what the figure is said of: "the canter to nakuru is 6000"
            }
            if (!LINKING.contains(t.get(j)) && !PLACE_WORDS.contains(t.get(j))) {
                return false; // "the transport is expensive, make it 3400" still prices the goods
            }
        }
        for (int j = i + 1; j <= Math.min(t.size() - 1, i + 2); j++) {
            if (OTHER_COSTS.contains(t.get(j))) {
                return true; // "5000 deposit", "800 for the boda"
            }
        }
        return false;
    }

    private static final Set<String> PLACE_WORDS = Set.copyOf(
            PlaceNames.NAMES.stream().flatMap(n -> n.words().stream()).toList());

    /** Words that may stand between a cost and its figure: "the pickup will be about 3000", "hiyo ni 3500". */
    private static final Set<String> LINKING = Set.of(
            "is",
            "ni",
            "will",
            "be",
            "itakuwa",
            "costs",
            "cost",
            "ya",
            "la",
            "to",
            "the",
            "a",
            "of",
            "kwa",
            "hiyo",
            "hii",
            "my",
            "your",
            "our",
            "about",
            "around",
            "only",
            "just",
            "yake",
            "yangu",
            "yako",
            "one",
            "way",
            "mpaka",
            "hadi",
            "from",
            "charges",
            "anachaji",
            "inachaji");

    /** "last year it was 50", "the last buyer was giving 70": a price of another deal, not an offer of this one. */
    static boolean referencePrice(List<String> t, int i) {
        for (int j = Math.max(0, i - 6); j < i; j++) {
            if (t.get(j).equals("last")
                    && j + 1 < i
                    && t.get(j + 1).matches("time|guy|year|season|week|month|buyer|broker|mwaka|msimu|wiki")) {
                return true;
            }
        }
        return false;
    }

    private static boolean countAfter(List<String> t, int at) {
        return at < t.size() && TermExtractor.isNumber(t.get(at));
    }

    /** "on 15 august ... fine, 15": a figure said again after it was said as a date or a duration keeps that role. */
    static boolean echoesAnotherRole(List<String> t, int i) {
        for (int k = 0; k < i; k++) {
            if (t.get(k).equals(t.get(i)) && isDateOrDuration(t, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateOrDuration(List<String> t, int k) {
        String before = k > 0 ? t.get(k - 1) : "";
        String after = k + 1 < t.size() ? t.get(k + 1) : "";
        return Set.of("tarehe", "on", "by", "before").contains(before)
                || CalendarWords.MONTHS.containsKey(after)
                || CalendarWords.MONTHS.containsKey(before)
                || after.matches("days?|weeks?|months?");
    }
}
