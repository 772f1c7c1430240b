package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.MONEY;
import static com.voicepact.domain.extraction.MoneyWords.TOTAL;
import static com.voicepact.domain.extraction.TermExtractor.isNumber;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The total: what "total"/"jumla" points at, and a sum paid "for 40 tonnes". */
final class Totals {

    private Totals() {}

    /** Words after which a number is a date or a duration, not the total: "jumla ... tarehe 18". */
    private static final Set<String> DATE_WORDS =
            Set.of("tarehe", "on", "by", "before", "siku", "ifikapo", "kabla", "date", "in", "baada", "within");

    /**
     * The total: a number shortly after "total"/"jumla" (allowing "is", "will be", "of", currency words), or right
     * before it ("25,200 total", "60000 for the whole lot", normalised to "total"), or paid "for 40 tonnes"; the
     * last one said wins, and a short haggling reply ("one seventy" after 160,000) is scaled to the offer's size.
     */
    static Figure total(List<String> t, int quantityIndex) {
        String count = quantityIndex >= 0 ? t.get(quantityIndex) : "";
        Figure total = Figure.NONE;
        for (int i = 0; i < t.size(); i++) {
            if (isPaymentForSeveral(t, i, count) || (isNumber(t.get(i)) && isPaidForTheCount(t, i))) {
                total = said(t, i, total); // "2.4 million shillings for 40 tonnes"
                continue;
            }
            int w = i + 1;
            while (isNumber(t.get(i))
                    && w < t.size()
                    && (MONEY.contains(t.get(w)) || t.get(w).equals("in"))) {
                w++;
            }
            if (isNumber(t.get(i))
                    && w < t.size()
                    && TOTAL.contains(t.get(w))
                    && !figureFollows(t, w + 1)
                    && !(i > 0 && DATE_WORDS.contains(t.get(i - 1)))) {
                total = said(t, i, total); // "25,200 total", "756,000 in total", "1,100,000 shillings total"
                i = w; // that "total" is answered: what follows it is not its figure
                continue;
            }
            if (isNumber(t.get(i))
                    && !t.get(i).equals(count)
                    && (forAll(t, i) || (total.present() && isCounterOffer(t, i, total.value())))) {
                total = said(t, i, total); // "zote 35000", "30000 zote"; "total 25000 ... 20000"
                continue;
            }
            if (TOTAL.contains(t.get(i))) {
                for (int j = i + 1; j < Math.min(t.size(), i + 6) && !DATE_WORDS.contains(t.get(j)); j++) {
                    boolean quantity =
                            j + 1 < t.size() && Vocabulary.unit(t.get(j + 1)).isPresent();
                    if (isNumber(t.get(j)) && !quantity) {
                        total = said(t, j, total);
                        i = j;
                        break;
                    }
                }
            }
        }
        return total;
    }

    /** "zote 35000", "30000 zote": a sum of thousands next to "all of them" is the price of the lot. */
    private static boolean forAll(List<String> t, int i) {
        boolean all = BareFigures.afterAll(t, i)
                || (i + 1 < t.size() && Set.of("zote", "wote", "yote").contains(t.get(i + 1)));
        boolean unitAfter = i + 1 < t.size() && Vocabulary.unit(t.get(i + 1)).isPresent();
        return all && !unitAfter && new BigDecimal(t.get(i)).compareTo(BigDecimal.valueOf(1000)) >= 0;
    }

    /** Once a total is on the table, a later bare figure of its size is the next offer for the lot. */
    private static boolean isCounterOffer(List<String> t, int i, BigDecimal total) {
        BigDecimal said = new BigDecimal(t.get(i));
        return Figure.sameSize(BareFigures.afterAll(t, i) ? said : Figure.scaledTo(said, total), total)
                && BareFigures.isBare(t, i)
                && !BareFigures.echoesAnotherRole(t, i);
    }

    private static Figure said(List<String> t, int i, Figure before) {
        BigDecimal said = new BigDecimal(t.get(i));
        BigDecimal value = Figure.scaledTo(said, before.value());
        return new Figure(value, i, value.compareTo(said) != 0);
    }

    /** "60 crates for 150,000", "so 1500 kg is 1.2 million": a sum paid for a count of units, said after them. */
    private static boolean isPaidForTheCount(List<String> t, int i) {
        boolean forUnits = i >= 3
                && Set.of("for", "kwa", "is", "ni", "are").contains(t.get(i - 1))
                && Vocabulary.unit(t.get(i - 2)).isPresent()
                && isNumber(t.get(i - 3))
                && new BigDecimal(t.get(i - 3)).compareTo(BigDecimal.ONE) > 0;
        boolean unitsFor = i >= 3 // "magunia 20 kwa 60000"
                && Set.of("for", "kwa").contains(t.get(i - 1))
                && isNumber(t.get(i - 2))
                && new BigDecimal(t.get(i - 2)).compareTo(BigDecimal.ONE) > 0
                && Vocabulary.unit(t.get(i - 3)).isPresent();
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        return (forUnits || unitsFor)
                && !MoneyWords.PER.contains(after)
                && !after.equals("each")
                && BareFigures.isBare(t, i);
    }

    /** "2,000,000 for the 400 bags", "65000 for all 6", "60000 for the 6" (6 being the count said): the lot's price. */
    private static boolean isPaymentForSeveral(List<String> t, int i, String count) {
        if (!isNumber(t.get(i))) {
            return false;
        }
        int j = i + 1;
        while (j < t.size() && MONEY.contains(t.get(j))) {
            j++;
        }
        if (j + 2 < t.size() && t.get(j).equals("for") && Set.of("the", "all").contains(t.get(j + 1))) {
            j++; // "2,000,000 for the 400 bags", "65000 for all 6"
        }
        boolean forSeveral = j + 1 < t.size()
                && Set.of("for", "kwa", "the", "all").contains(t.get(j))
                && isNumber(t.get(j + 1))
                && new BigDecimal(t.get(j + 1)).compareTo(BigDecimal.ONE) > 0;
        if (!forSeveral) {
            return false;
        }
        boolean ofUnits = j + 2 < t.size() && Vocabulary.unit(t.get(j + 2)).isPresent();
        boolean theCount = !t.get(j).equals("kwa") && t.get(j + 1).equals(count);
        return ofUnits || (theCount && !Figure.sameSize(new BigDecimal(t.get(i)), new BigDecimal(count)));
    }

    /** "grade 2 total 120k": a figure right after "total" (past "is", "of", currency words) is the total, not the one before. */
    private static boolean figureFollows(List<String> t, int from) {
        int k = from;
        while (k < t.size()
                && (MONEY.contains(t.get(k))
                        || Set.of("is", "ni", "of", "ya", "will", "be", "=").contains(t.get(k)))) {
            k++;
        }
        return k < t.size() && isNumber(t.get(k));
    }
}
