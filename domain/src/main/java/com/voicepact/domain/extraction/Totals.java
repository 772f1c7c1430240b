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

    /** A number shortly after "total"/"jumla" (allowing "is", "will be", "of", currency words). */
    static BigDecimal total(List<String> t) {
        BigDecimal total = null;
        for (int i = 0; i < t.size(); i++) {
            if (isPaymentForSeveral(t, i)) {
                total = new BigDecimal(t.get(i)); // "2.4 million shillings for 40 tonnes"
                continue;
            }
            int w = i + 1;
            while (isNumber(t.get(i))
                    && w < t.size()
                    && (MONEY.contains(t.get(w)) || t.get(w).equals("in"))) {
                w++;
            }
            if (isNumber(t.get(i)) && w < t.size() && TOTAL.contains(t.get(w)) && !figureFollows(t, w + 1)) {
                total = new BigDecimal(t.get(i)); // "25,200 total", "756,000 in total", "1,100,000 shillings total"
                i = w; // that "total" is answered: what follows it is not its figure
                continue;
            }
            if (TOTAL.contains(t.get(i))) {
                for (int j = i + 1; j < Math.min(t.size(), i + 6); j++) {
                    boolean quantity =
                            j + 1 < t.size() && Vocabulary.unit(t.get(j + 1)).isPresent();
                    if (isNumber(t.get(j)) && !quantity) {
                        total = new BigDecimal(t.get(j));
                        break;
                    }
                }
            }
        }
        return total;
    }

    private static boolean isPaymentForSeveral(List<String> t, int i) {
        if (!isNumber(t.get(i))) {
            return false;
        }
        int j = i + 1;
        while (j < t.size() && MONEY.contains(t.get(j))) {
            j++;
        }
        return j > i + 1
                && j + 2 < t.size()
                && t.get(j).equals("for")
                && isNumber(t.get(j + 1))
                && new BigDecimal(t.get(j + 1)).compareTo(BigDecimal.ONE) > 0
                && Vocabulary.unit(t.get(j + 2)).isPresent();
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
