package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.PER;
import static com.voicepact.domain.extraction.Quantities.isPrice;
import static com.voicepact.domain.extraction.TermExtractor.isNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Counts said without a unit word: animals and fruit counted in pieces, "six of them", a count said alone. */
final class Counts {

    private Counts() {}

    /**
     * No count said next to a unit or a countable product: the unit a price was quoted in ("55 a litre", "2000 per
     * bag"), without a quantity; null when no price names its unit.
     */
    static String priceUnit(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if ((PER.contains(t.get(i)) || t.get(i).equals("kwa"))
                    && Vocabulary.unit(t.get(i + 1)).isPresent()) {
                return Vocabulary.UNITS.get(t.get(i + 1));
            }
        }
        return null;
    }

    /**
     * A count said alone ("ninao 6 wazuri", "ziko 10 galla goats") of a countable product, in pieces: the first
     * number that is not one of the money figures (nor of their size), a date or a duration. A guess: used only when nothing better was
     * heard.
     */
    static Quantities.Found bareCount(List<String> t, String product, Figure price, Figure total) {
        if (!COUNTABLE.contains(product == null ? "" : product)) {
            return new Quantities.Found(null, null, -1);
        }
        for (int i = 0; i < t.size(); i++) {
            if (isNumber(t.get(i))
                    && i != price.index()
                    && i != total.index()
                    && !(price.present() && Figure.sameSize(new BigDecimal(t.get(i)), price.value()))
                    && !(total.present() && Figure.sameSize(new BigDecimal(t.get(i)), total.value()))
                    && !isPrice(t, i)
                    && new BigDecimal(t.get(i)).compareTo(BigDecimal.ONE) > 0
                    && BareFigures.isBare(t, i)) {
                return new Quantities.Found(new BigDecimal(t.get(i)), "piece", i);
            }
        }
        return new Quantities.Found(null, null, -1);
    }

    static final Set<String> COUNTABLE = Set.of(
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
    static Quantities.Found countedPieces(List<String> t) {
        Quantities.Found found = new Quantities.Found(null, null, -1);
        for (int i = 0; i + 1 < t.size(); i++) {
            if (COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(t.get(i), ""))
                    && !(i > 0 && PER.contains(t.get(i - 1))) // "kila mbuzi 15000" prices a goat
                    && isNumber(t.get(i + 1))
                    && !t.get(i + 1).equals("1") // "bei ya mbuzi 1 ni 8000" prices one goat
                    && !isPrice(t, i + 1)
                    && !(i + 2 < t.size()
                            && (Vocabulary.UNITS.containsKey(t.get(i + 2)) || PER.contains(t.get(i + 2))))) {
                found = new Quantities.Found(new BigDecimal(t.get(i + 1)), "piece", i + 1); // "mbuzi kumi"
                continue;
            }
            if (isNumber(t.get(i))
                    && i + 2 < t.size()
                    && t.get(i + 1).equals("of")
                    && t.get(i + 2).equals("them")) {
                found = new Quantities.Found(new BigDecimal(t.get(i)), "piece", i); // "six of them"
                continue;
            }
            int productAt = Set.of("of", "ya", "za").contains(t.get(i + 1)) ? i + 2 : i + 1;
            if (isNumber(t.get(i))
                    && !isPrice(t, i)
                    && productAt < t.size()
                    && COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(t.get(productAt), ""))
                    && !(i > 0 && (PER.contains(t.get(i - 1)) || t.get(i - 1).equals("kwa")))) {
                found = new Quantities.Found(new BigDecimal(t.get(i)), "piece", i);
            }
        }
        return found;
    }
}
