package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.MONEY;
import static com.voicepact.domain.extraction.MoneyWords.PER;
import static com.voicepact.domain.extraction.MoneyWords.TOTAL;
import static com.voicepact.domain.extraction.TermExtractor.isNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The unit price: per-unit markers and haggling (the last offer wins). The total is {@link Totals}. */
final class Prices {

    private Prices() {}

    /** The last number followed by a per-unit marker, or said "at N each"; haggling ends on the last one. */
    static BigDecimal unitPrice(List<String> t, int quantityIndex) {
        BigDecimal price = null;
        boolean askedPerUnit = false;
        for (int i = 0; i < t.size(); i++) {
            if (isPerUnitQuestion(t, i)) {
                askedPerUnit = true;
            }
            if (!isNumber(t.get(i)) || i == quantityIndex) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && MONEY.contains(t.get(j))) {
                j++;
            }
            if (j + 1 < t.size() && t.get(j).equals("kwa") && PER.contains(t.get(j + 1))) {
                j++; // "mia tano kwa kila kuku"
            }
            boolean perUnit = j < t.size()
                    && PER.contains(t.get(j))
                    && j + 1 < t.size()
                    && (Vocabulary.unit(t.get(j + 1)).isPresent()
                            || t.get(j + 1).equals("1")
                            || t.get(j + 1).equals("one")
                            || isUnitLike(t.get(j + 1)));
            boolean each = j < t.size() && (t.get(j).equals("each") || t.get(j).equals("apiece"));
            boolean kwaUnit = j + 1 < t.size()
                    && t.get(j).equals("kwa")
                    && Vocabulary.unit(t.get(j + 1)).isPresent();
            boolean forOne = j + 2 < t.size()
                    && t.get(j).equals("for")
                    && Set.of("1", "a", "an").contains(t.get(j + 1))
                    && Vocabulary.unit(t.get(j + 2)).isPresent(); // "3,000 shillings for one bag"
            if (perUnit || each || kwaUnit || forOne || unitCosts(t, i)) {
                price = new BigDecimal(t.get(i));
            } else if (price != null ? isCounterOffer(t, i, price) : askedPerUnit && isBareFigure(t, i)) {
                price = new BigDecimal(t.get(i));
            }
        }
        return price;
    }

    private static final Set<String> NOT_MONEY_BEFORE = Set.of(
            "in", "tarehe", "on", "by", "before", "the", "baada", "ya", "siku", "wiki", "take", "nipe", "nataka",
            "want", "need", "total", "jumla");

    /**
     * Haggling often drops the unit after the first offer ("2,800 per crate ... 2,500 ... ok 2,600"): once a
     * unit price is on the table, a later bare figure of the same size (half to twice) is the next offer,
     * unless it is a quantity, a date, a duration or a total.
     */
    private static boolean isCounterOffer(List<String> t, int i, BigDecimal price) {
        BigDecimal value = new BigDecimal(t.get(i));
        boolean sameSize = value.multiply(BigDecimal.valueOf(2)).compareTo(price) >= 0
                && value.compareTo(price.multiply(BigDecimal.valueOf(2))) <= 0;
        return sameSize && isBareFigure(t, i);
    }

    /** A number that is not a quantity, a date, a duration, a total or part of a place name ("Githurai 45 market"). */
    private static boolean isBareFigure(List<String> t, int i) {
        String before = i > 0 ? t.get(i - 1) : "";
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean otherMeaning = NOT_MONEY_BEFORE.contains(before)
                || Vocabulary.UNITS.containsKey(after)
                || Vocabulary.UNITS.containsKey(before)
                || Vocabulary.PRODUCTS.containsKey(after)
                || CalendarWords.MONTHS.containsKey(after)
                || CalendarWords.MONTHS.containsKey(before)
                || TOTAL.contains(after)
                || after.matches("days?|weeks?|months?|siku|wiki|of|ya|za|in|deposit")
                || PlaceNames.SUFFIXES.contains(after)
                || PlaceNames.KNOWN.contains(before);
        return !otherMeaning;
    }

    /** "how much per bag?", "pesa ngapi kila kreti?": a per-unit marker with no figure before it asks for a unit price. */
    private static boolean isPerUnitQuestion(List<String> t, int i) {
        boolean marker = PER.contains(t.get(i))
                && !t.get(i).equals("a")
                && !t.get(i).equals("an")
                && i + 1 < t.size()
                && Vocabulary.unit(t.get(i + 1)).isPresent();
        int k = i - 1;
        while (k >= 0 && MONEY.contains(t.get(k))) {
            k--;
        }
        return marker && (k < 0 || !isNumber(t.get(k)));
    }

    static final Set<String> COSTS = Set.of("costs", "cost", "is", "goes", "for", "ni", "at", "sells");

    /** "each bag costs 4,500", "a crate is 2000", "kila gunia ni 3000": a unit named before its price. */
    private static boolean unitCosts(List<String> t, int i) {
        int j = i - 1;
        while (j >= 0 && (MONEY.contains(t.get(j)) || t.get(j).equals("for"))) {
            j--;
        }
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean perWord = j >= 1
                && PER.contains(t.get(j - 1))
                && !t.get(j - 1).equals("a")
                && !t.get(j - 1).equals("an");
        boolean unitOrOne = perWord
                && (Vocabulary.unit(t.get(j)).isPresent()
                        || (t.get(j).equals("1") && !t.get(j - 1).equals("per")));
        if (perWord
                && unitOrOne
                && Vocabulary.unit(after).isEmpty()
                && new BigDecimal(t.get(i)).compareTo(BigDecimal.ONE) > 0) {
            return true; // "kila gunia elfu mbili": the unit, then its price
        }
        if (j < 2 || !COSTS.contains(t.get(j))) {
            return false;
        }
        boolean eachUnit =
                (Vocabulary.unit(t.get(j - 1)).isPresent() || isUnitLike(t.get(j - 1))) && PER.contains(t.get(j - 2));
        boolean oneUnit =
                (Vocabulary.unit(t.get(j - 1)).isPresent() && t.get(j - 2).equals("1"))
                        || (t.get(j - 1).equals("1")
                                && Vocabulary.unit(t.get(j - 2)).isPresent()); // one bag is / gunia moja ni
        return eachUnit || oneUnit;
    }

    private static boolean isUnitLike(String word) {
        return Vocabulary.PRODUCTS.containsKey(word)
                || word.equals("moja")
                || word.equals("unit")
                || word.equals("item");
    }
}
