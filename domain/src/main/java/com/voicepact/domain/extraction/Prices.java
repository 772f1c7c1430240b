package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.MONEY;
import static com.voicepact.domain.extraction.MoneyWords.PER;
import static com.voicepact.domain.extraction.TermExtractor.isNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The unit price: per-unit markers and haggling (the last offer wins). The total is {@link Totals}. */
final class Prices {

    private Prices() {}

    /**
     * The unit price: the last number followed by a per-unit marker, said "at N each" or after its unit ("kila gunia
     * elfu mbili"); once a unit price is on the table or was asked for, a later bare figure is the next offer.
     */
    static Figure unitPrice(List<String> t, int quantityIndex) {
        Figure price = Figure.NONE;
        boolean askedPerUnit = false;
        for (int i = 0; i < t.size(); i++) {
            if (PriceQuestions.asksUnitPrice(t, i, quantityIndex)) {
                askedPerUnit = true;
                if (t.get(i).equals("1")) {
                    continue; // "ni ngapi 1": the one unit asked about, not its price
                }
            }
            if (!isNumber(t.get(i)) || i == quantityIndex) {
                continue;
            }
            String quantity = quantityIndex >= 0 ? t.get(quantityIndex) : "";
            BigDecimal said = new BigDecimal(t.get(i));
            if (isMarkedPerUnit(t, i, quantity) || unitCosts(t, i, quantityIndex)) {
                price = new Figure(Figure.scaledTo(said, price.value()), i, false);
            } else if (t.get(i).equals(quantity)) {
                continue; // "nipe zote 30": the quantity again, not an offer
            } else if (price.present()
                    ? isCounterOffer(t, i, price.value())
                    : askedPerUnit && BareFigures.isBare(t, i)) {
                BigDecimal value = BareFigures.afterAll(t, i) ? said : Figure.scaledTo(said, price.value());
                price = new Figure(value, i, value.compareTo(said) != 0);
            } else if (quantityIndex >= 0 && PriceQuestions.priceNamed(t, i) && BareFigures.isBare(t, i)) {
                price = new Figure(said, i, true); // "magunia 40 ... bei ni 1500": per unit, though no unit is said
            }
        }
        return price;
    }

    /** "3000 per bag", "500 each", "mia tano kwa kila kuku", "3,000 shillings for one bag", "200 kwa gorogoro". */
    private static boolean isMarkedPerUnit(List<String> t, int i, String quantity) {
        int j = i + 1;
        while (j < t.size() && MONEY.contains(t.get(j))) {
            j++;
        }
        if (j + 1 < t.size() && t.get(j).equals("kwa") && PER.contains(t.get(j + 1))) {
            j++; // "mia tano kwa kila kuku"
        }
        boolean perUnit = j + 1 < t.size()
                && PER.contains(t.get(j))
                && (Vocabulary.unit(t.get(j + 1)).isPresent() || t.get(j + 1).equals("1") || isUnitLike(t.get(j + 1)))
                && !(t.get(j).equals("kila") && priceFollows(t, i, j + 2)) // "mbuzi 5 kila mbuzi 15000"
                && !(j + 2 < t.size() && PriceQuestions.isQuestion(t.get(j + 2))); // "ng'ombe 4. kila moja ngapi?"
        boolean each = j < t.size() && (t.get(j).equals("each") || t.get(j).equals("apiece"));
        boolean kwaUnit = j + 1 < t.size()
                && t.get(j).equals("kwa")
                && Vocabulary.unit(t.get(j + 1)).isPresent()
                && !countFollows(t, i, j + 2, quantity); // "10000 kwa lita 200" pays for them all
        boolean forOne = j + 2 < t.size()
                && t.get(j).equals("for")
                && Set.of("1", "a", "an").contains(t.get(j + 1))
                && Vocabulary.unit(t.get(j + 2)).isPresent(); // "3,000 shillings for one bag"
        return perUnit || each || kwaUnit || forOne || pricesTheUnitAfter(t, i);
    }

    private static final Set<String> PRICE_WORDS = Set.of("bei", "price", "form", "cost");

    /** "bei ni 1500 debe", "form ni thao moja trei", "3200 gunia 1": a figure then the one unit it prices. */
    static boolean pricesTheUnitAfter(List<String> t, int i) {
        if (i + 1 >= t.size() || Vocabulary.unit(t.get(i + 1)).isEmpty()) {
            return false;
        }
        boolean oneAfter = i + 2 < t.size()
                && t.get(i + 2).equals("1")
                && !(i + 3 < t.size() && Vocabulary.unit(t.get(i + 3)).isPresent()); // not "90 kilos, 1 bag"
        boolean priceWordBefore = (i >= 1 && PRICE_WORDS.contains(t.get(i - 1)))
                || (i >= 2 && Set.of("ni", "is").contains(t.get(i - 1)) && PRICE_WORDS.contains(t.get(i - 2)));
        return oneAfter || priceWordBefore;
    }

    /**
     * Haggling often drops the unit after the first offer ("2,800 per crate ... 2,500 ... ok 2,600"): once a
     * unit price is on the table, a later bare figure of the same size (half to twice) is the next offer,
     * unless it is a quantity, a date, a duration or a total.
     */
    private static boolean isCounterOffer(List<String> t, int i, BigDecimal price) {
        BigDecimal said = new BigDecimal(t.get(i));
        return Figure.sameSize(BareFigures.afterAll(t, i) ? said : Figure.scaledTo(said, price), price)
                && BareFigures.isBare(t, i)
                && !BareFigures.echoesAnotherRole(t, i);
    }

    static final Set<String> COSTS = Set.of("costs", "cost", "is", "goes", "for", "ni", "at", "sells");

    /** "each bag costs 4,500", "a crate is 2000", "kila gunia ni 3000": a unit named before its price. */
    /** A figure at {@code at}, of another size than the one at {@code i} and no count of units: the unit's price. */
    private static boolean priceFollows(List<String> t, int i, int at) {
        return at < t.size()
                && isNumber(t.get(at))
                && !Figure.sameSize(new BigDecimal(t.get(at)), new BigDecimal(t.get(i)))
                && !(at + 1 < t.size() && Vocabulary.UNITS.containsKey(t.get(at + 1)))
                && new BigDecimal(t.get(at)).compareTo(BigDecimal.ONE) > 0;
    }

    /** The number at {@code at} counts units (the quantity, or a figure far from the price at {@code i}). */
    private static boolean countFollows(List<String> t, int i, int at, String quantity) {
        return at < t.size()
                && isNumber(t.get(at))
                && (t.get(at).equals(quantity)
                        || !Figure.sameSize(new BigDecimal(t.get(at)), new BigDecimal(t.get(i))));
    }

    private static boolean unitCosts(List<String> t, int i, int quantityIndex) {
        int j = i - 1;
        while (j >= 0 && (MONEY.contains(t.get(j)) || t.get(j).equals("for"))) {
            j--;
        }
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean kwaUnit =
                j >= 1 && t.get(j - 1).equals("kwa") && !(j >= 2 && isNumber(t.get(j - 2))); // bei kwa kilo 45
        boolean perWord = j >= 1
                && (kwaUnit || PER.contains(t.get(j - 1)))
                && !t.get(j - 1).equals("a")
                && !t.get(j - 1).equals("an");
        boolean unitOrOne = perWord
                && (Vocabulary.unit(t.get(j)).isPresent()
                        || Vocabulary.PRODUCTS.containsKey(t.get(j))
                        || (t.get(j).equals("1") && !t.get(j - 1).equals("per")));
        if (perWord
                && unitOrOne
                && Vocabulary.unit(after).isEmpty()
                && new BigDecimal(t.get(i)).compareTo(BigDecimal.ONE) > 0) {
            return true; // "kila gunia elfu mbili": the unit, then its price
        }
        boolean oneUnitThenFigure = j >= 1
                && ((t.get(j).equals("1") && (Vocabulary.unit(t.get(j - 1)).isPresent() || isCountable(t.get(j - 1))))
                        || (Vocabulary.unit(t.get(j)).isPresent()
                                && t.get(j - 1).equals("1")))
                && Vocabulary.unit(after).isEmpty();
        boolean trayOfEggs = j >= 3 // "tray ya mayai ni 350"
                && Vocabulary.PRODUCTS.containsKey(t.get(j - 1))
                && Set.of("ya", "za", "of").contains(t.get(j - 2))
                && Vocabulary.unit(t.get(j - 3)).isPresent();
        int u = trayOfEggs ? j - 3 : j - 1;
        boolean unitIs = j >= 1
                && COSTS.contains(t.get(j))
                && !t.get(j).equals("for")
                && Vocabulary.unit(t.get(u)).isPresent()
                && !(u >= 1
                        && isNumber(t.get(u - 1))
                        && !(u >= 2 && Vocabulary.unit(t.get(u - 2)).isPresent()))
                && Vocabulary.unit(after).isEmpty(); // "debe ni 1200", "a bag is 3000"
        if (oneUnitThenFigure || unitIs) {
            return true; // "debe 1 900", "kreti moja 2500"
        }
        if (j < 2 || !COSTS.contains(t.get(j))) {
            return false;
        }
        boolean eachUnit =
                (Vocabulary.unit(t.get(j - 1)).isPresent() || isUnitLike(t.get(j - 1))) && PER.contains(t.get(j - 2));
        boolean oneUnit =
                (Vocabulary.unit(t.get(j - 1)).isPresent() && t.get(j - 2).equals("1"))
                        || (t.get(j - 1).equals("1")
                                && (Vocabulary.unit(t.get(j - 2)).isPresent()
                                        || isCountable(t.get(j - 2)))); // one bag is / gunia moja ni / mbuzi 1 ni
        return eachUnit || oneUnit;
    }

    private static boolean isCountable(String word) {
        return Counts.COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(word, ""));
    }

    private static boolean isUnitLike(String word) {
        return Vocabulary.PRODUCTS.containsKey(word)
                || word.equals("1")
                || word.equals("moja")
                || word.equals("unit")
                || word.equals("item");
    }
}
