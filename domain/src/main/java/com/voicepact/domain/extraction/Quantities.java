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

    /**
     * The last number standing next to a unit that is not a price unit ("per bag", "kila crate");
     * {@code pausesBefore} are the indexes of words said after a pause.
     */
    static Found find(List<String> t, Set<Integer> pausesBefore) {
        Found found = new Found(null, null, -1);
        for (int i = 0; i < t.size(); i++) {
            var unit = Vocabulary.unit(t.get(i));
            if (unit.isEmpty()
                    || (i > 0
                            && (PER.contains(t.get(i - 1))
                                    || (t.get(i - 1).equals("kwa") && !paidFor(t, i, pausesBefore))))
                    || isOneUnitPriceFrame(t, i)
                    || (i > 0 && isNumber(t.get(i - 1)) && Prices.pricesTheUnitAfter(t, i - 1))
                    || describesTheUnit(t, i)
                    || (pausesBefore.contains(i) && asksItsPrice(t, i + 1))
                    || ((PriceQuestions.priceOfTheUnit(t, i) || (i > 0 && QUESTION.contains(t.get(i - 1))))
                            && pausesBefore.contains(i + 1))) {
                // "ni ngapi kilo? 180": the answer is the price of a kilo
                continue;
            }
            Found here = null;
            boolean countAfter = i + 1 < t.size() && isNumber(t.get(i + 1)) && !isPrice(t, i + 1);
            if (i > 0 && isNumber(t.get(i - 1)) && !isPrice(t, i - 1) && !(pausesBefore.contains(i) && countAfter)) {
                // "sawa 75, lita 400": the unit said after a pause goes with the number after it
                here = new Found(new BigDecimal(t.get(i - 1)), unit.get(), i - 1);
            } else if (i + 1 < t.size() && isNumber(t.get(i + 1)) && !isPrice(t, i + 1)) {
                here = new Found(new BigDecimal(t.get(i + 1)), unit.get(), i + 1);
            } else if (i + 2 < t.size()
                    && isNumber(t.get(i + 2))
                    && !isPrice(t, i + 2)
                    && !t.get(i + 1).equals("of")
                    && !Prices.COSTS.contains(t.get(i + 1)) // "debe ni 1200" prices a debe
                    && Vocabulary.unit(t.get(i + 1)).isEmpty()
                    && !isNumber(t.get(i + 1))) {
                here = new Found(new BigDecimal(t.get(i + 2)), unit.get(), i + 2); // "crates thirty za tomatoes"
            } else {
                here = answerToHowMany(t, i, unit.get(), pausesBefore);
            }
            if (here != null && (found.value() == null || here.value().compareTo(BigDecimal.ONE) != 0)) {
                found = here; // the last count wins, but "one kilo" after "100 kilos" names the unit of a price
            }
        }
        return found.value() != null ? fewerTaken(t, found) : Counts.countedPieces(t);
    }

    private static final Set<String> TAKING = Set.of("nataka", "nachukua", "nitachukua", "want", "take", "need");

    /**
     * "ziko 60 ... nataka 50 tu", "we have 40 ... i will take 30": a smaller count of the same size asked for after
     * the count offered is the count sold (no unit, no currency word with it).
     */
    private static Found fewerTaken(List<String> t, Found offered) {
        Found found = offered;
        for (int k = offered.index() + 1; k < t.size(); k++) {
            String next = k + 1 < t.size() ? t.get(k + 1) : "";
            if (isNumber(t.get(k))
                    && TAKING.contains(t.get(k - 1))
                    && !isPrice(t, k)
                    && !PER.contains(next)
                    && !next.equals("kwa")
                    && new BigDecimal(t.get(k)).compareTo(found.value()) < 0
                    && Figure.sameSize(new BigDecimal(t.get(k)), found.value())) {
                found = new Found(new BigDecimal(t.get(k)), found.unit(), k);
            }
        }
        return found;
    }

    /** "gunia ngapi? ... ziko kama 40", "how many trays? we have about 90": the count answered in the next turn. */
    private static Found answerToHowMany(List<String> t, int unitAt, String unit, Set<Integer> pausesBefore) {
        boolean asked = (unitAt + 1 < t.size() && t.get(unitAt + 1).matches("ngapi|mangapi"))
                || (unitAt >= 2
                        && t.get(unitAt - 2).equals("how")
                        && t.get(unitAt - 1).equals("many"));
        boolean paused = false;
        for (int k = unitAt + 1; asked && k < Math.min(t.size(), unitAt + 8); k++) {
            paused |= pausesBefore.contains(k);
            if (isNumber(t.get(k))) {
                String next = k + 1 < t.size() ? t.get(k + 1) : "";
                boolean plain = paused
                        && !isPrice(t, k)
                        && !PriceQuestions.priceNamed(t, k)
                        && !(PER.contains(next)
                                || next.equals("kwa")
                                || Vocabulary.unit(next).isPresent());
                return plain ? new Found(new BigDecimal(t.get(k)), unit, k) : null;
            }
        }
        return null;
    }

    /**
     * "one bag is 4,000", "gunia moja ni elfu nne", "debe 1 900", "one tray is three hundred": the unit of a price,
     * not a quantity of one.
     */
    private static boolean isOneUnitPriceFrame(List<String> t, int unitAt) {
        boolean oneBefore = unitAt > 0 && t.get(unitAt - 1).equals("1") && pricedFrom(t, unitAt + 1);
        boolean oneAfter = unitAt + 1 < t.size()
                && t.get(unitAt + 1).equals("1")
                && (pricedFrom(t, unitAt + 2) || (unitAt > 0 && isNumber(t.get(unitAt - 1)))); // "3200 gunia 1"
        return oneBefore || oneAfter;
    }

    private static final Set<String> CONTAINERS = Set.of("bag", "crate", "debe", "gorogoro", "box");

    /**
     * "jumla ni 120000 kwa magunia 40": a count after "kwa <unit>", of another size than the figure before it, said
     * without a pause ("40000 kwa tani. 45" is a counter-offer per tonne).
     */
    private static boolean paidFor(List<String> t, int unitAt, Set<Integer> pausesBefore) {
        boolean countAfter = unitAt + 1 < t.size() && isNumber(t.get(unitAt + 1)) && !pausesBefore.contains(unitAt + 1);
        boolean figureBefore = unitAt >= 2 && isNumber(t.get(unitAt - 2));
        return countAfter
                && figureBefore
                && !Figure.sameSize(new BigDecimal(t.get(unitAt + 1)), new BigDecimal(t.get(unitAt - 2)));
    }

    /** "bei gani", "price?", "how much": a unit said after a pause and asked the price of is priced, not counted. */
    private static boolean asksItsPrice(List<String> t, int at) {
        boolean word = at < t.size() && Set.of("bei", "price").contains(t.get(at));
        return word
                || (at + 1 < t.size()
                        && t.get(at).equals("how")
                        && t.get(at + 1).equals("much"));
    }

    private static boolean isContainer(List<String> t, int i) {
        return i >= 0 && CONTAINERS.contains(Vocabulary.UNITS.getOrDefault(t.get(i), ""));
    }

    private static final Set<String> QUESTION = Set.of("ngapi", "how", "gani", "aje", "bei", "price");

    private static boolean pricedFrom(List<String> t, int at) {
        int k = at;
        while (k < t.size() && (MONEY.contains(t.get(k)) || Prices.COSTS.contains(t.get(k)))) {
            k++;
        }
        boolean figure =
                k < t.size() && isNumber(t.get(k)) && !(k + 1 < t.size() && Vocabulary.UNITS.containsKey(t.get(k + 1)));
        return k > at || figure || (k < t.size() && QUESTION.contains(t.get(k)));
    }

    /**
     * "forty sacks each one about a hundred kilos", "40 bags of maize, 90 kilo bags", "30 bags za 50 kg": a weight that describes the
     * size of the unit sold (after "each"/"kila", or right before another unit), not the quantity.
     */
    private static boolean describesTheUnit(List<String> t, int unitAt) {
        if (!"kg".equals(Vocabulary.UNITS.get(t.get(unitAt)))) {
            return false;
        }
        boolean beforeUnit =
                unitAt + 1 < t.size() && Vocabulary.unit(t.get(unitAt + 1)).isPresent();
        boolean ofAContainer = unitAt >= 3 // "30 bags za 50 kg", "bags 20 of 25 kg"
                && Set.of("za", "of", "ya").contains(t.get(unitAt - 2))
                && isNumber(t.get(unitAt - 1))
                && (isContainer(t, unitAt - 3) || (isNumber(t.get(unitAt - 3)) && isContainer(t, unitAt - 4)));
        if (ofAContainer) {
            return true;
        }
        boolean ofAContainerBefore = unitAt >= 3 // "magunia 25 ya kilo 90"
                && Set.of("za", "of", "ya").contains(t.get(unitAt - 1))
                && isNumber(t.get(unitAt - 2))
                && isContainer(t, unitAt - 3);
        for (int k = Math.max(0, unitAt - 5); k < Math.min(t.size(), unitAt + 3); k++) {
            if (Set.of("each", "kila", "every").contains(t.get(k))) {
                return true; // "each one about 90 kilos", "90 kg each", "kilo 90 kila moja"
            }
        }
        return beforeUnit || ofAContainerBefore;
    }

    /** A figure with a currency word next to it ("shillings 300", "300 bob"); "bei"/"price" only before it. */
    static boolean isPrice(List<String> t, int i) {
        boolean moneyBefore = i > 0 && MONEY.contains(t.get(i - 1));
        boolean moneyAfter = i + 1 < t.size() && MoneyWords.isCurrency(t.get(i + 1));
        return moneyBefore || moneyAfter;
    }
}
