package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.MONEY;
import static com.voicepact.domain.extraction.MoneyWords.PER;
import static com.voicepact.domain.extraction.TermExtractor.isNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The quantity and its unit: a number next to a unit word, or a count of something countable. */
final class Quantities {

    private Quantities() {}

    record Found(BigDecimal value, String unit, int index) {}

    /** The last number standing next to a unit that is not a price unit ("per bag", "kila crate"). */
    static Found find(List<String> t) {
        Found found = new Found(null, null, -1);
        for (int i = 0; i < t.size(); i++) {
            var unit = Vocabulary.unit(t.get(i));
            if (unit.isEmpty()
                    || (i > 0 && (PER.contains(t.get(i - 1)) || t.get(i - 1).equals("kwa")))
                    || isOneUnitPriceFrame(t, i)) {
                continue;
            }
            if (i > 0 && isNumber(t.get(i - 1)) && !isPrice(t, i - 1)) {
                found = new Found(new BigDecimal(t.get(i - 1)), unit.get(), i - 1);
            } else if (i + 1 < t.size() && isNumber(t.get(i + 1)) && !isPrice(t, i + 1)) {
                found = new Found(new BigDecimal(t.get(i + 1)), unit.get(), i + 1);
            } else if (i + 2 < t.size()
                    && isNumber(t.get(i + 2))
                    && !isPrice(t, i + 2)
                    && !t.get(i + 1).equals("of")
                    && Vocabulary.unit(t.get(i + 1)).isEmpty()
                    && !isNumber(t.get(i + 1))) {
                found = new Found(new BigDecimal(t.get(i + 2)), unit.get(), i + 2); // "crates thirty za tomatoes"
            }
        }
        return found.value() != null ? found : countedPieces(t);
    }

    private static final Set<String> COUNTABLE = Set.of(
            "chicken",
            "goat",
            "avocado",
            "mango",
            "cabbage",
            "pineapple",
            "watermelon",
            "orange",
            "egg",
            "banana",
            "fish");

    /** No unit said: "200 chickens", "mia mbili ya kuku" count pieces of something countable; the last count wins. */
    private static Found countedPieces(List<String> t) {
        Found found = new Found(null, null, -1);
        for (int i = 0; i + 1 < t.size(); i++) {
            if (COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(t.get(i), ""))
                    && isNumber(t.get(i + 1))
                    && !isPrice(t, i + 1)
                    && !(i + 2 < t.size()
                            && (Vocabulary.UNITS.containsKey(t.get(i + 2)) || PER.contains(t.get(i + 2))))) {
                found = new Found(new BigDecimal(t.get(i + 1)), "piece", i + 1); // "mbuzi kumi"
                continue;
            }
            int productAt = Set.of("of", "ya", "za").contains(t.get(i + 1)) ? i + 2 : i + 1;
            if (isNumber(t.get(i))
                    && !isPrice(t, i)
                    && productAt < t.size()
                    && COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(t.get(productAt), ""))
                    && !(i > 0 && (PER.contains(t.get(i - 1)) || t.get(i - 1).equals("kwa")))) {
                found = new Found(new BigDecimal(t.get(i)), "piece", i);
            }
        }
        return found;
    }

    /** "one bag is 4,000", "gunia moja ni elfu nne": the unit of a price, not a quantity of one. */
    private static boolean isOneUnitPriceFrame(List<String> t, int unitAt) {
        boolean oneBefore = unitAt > 0
                && t.get(unitAt - 1).equals("1")
                && unitAt + 1 < t.size()
                && Prices.COSTS.contains(t.get(unitAt + 1));
        boolean oneAfter =
                unitAt + 2 < t.size() && t.get(unitAt + 1).equals("1") && Prices.COSTS.contains(t.get(unitAt + 2));
        return oneBefore || oneAfter;
    }

    static boolean isPrice(List<String> t, int i) {
        boolean moneyBefore = i > 0 && MONEY.contains(t.get(i - 1));
        boolean moneyAfter = i + 1 < t.size() && MONEY.contains(t.get(i + 1));
        return moneyBefore || moneyAfter;
    }
}
