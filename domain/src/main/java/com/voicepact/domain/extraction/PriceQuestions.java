package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.MoneyWords.MONEY;
import static com.voicepact.domain.extraction.MoneyWords.PER;
import static com.voicepact.domain.extraction.TermExtractor.isNumber;

import java.util.List;
import java.util.Set;

/** Tags the questions that ask for a unit price, so that the bare figures answering them are unit prices. */
final class PriceQuestions {

    private static final Set<String> QUESTION = Set.of("ngapi", "how", "gani", "aje");

    private PriceQuestions() {}

    /** A word asking how much or how many: "ngapi", "how", "gani", "aje". */
    static boolean isQuestion(String word) {
        return QUESTION.contains(word);
    }

    /**
     * "how much per bag?", "pesa ngapi kila kreti?", "bei gani kila mmoja", "how much each", "kreti moja shilingi
     * ngapi": a per-unit marker or one unit with no figure right after it asks for a unit price.
     */
    static boolean asksUnitPrice(List<String> t, int i, int quantityIndex) {
        String next = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean article = t.get(i).equals("a") || t.get(i).equals("an");
        boolean marker = PER.contains(t.get(i))
                && (!article || (i > 0 && Set.of("much", "is", "price", "ngapi").contains(t.get(i - 1))))
                && (Vocabulary.unit(next).isPresent()
                        || next.equals("1")
                        || (t.get(i).equals("each") && !isNumber(next)));
        boolean productAsked = Set.of("kila", "each", "per").contains(t.get(i))
                && Vocabulary.PRODUCTS.containsKey(next)
                && i + 2 < t.size()
                && (QUESTION.contains(t.get(i + 2)) || t.get(i + 2).equals("ni")); // "kila mbuzi ngapi?"
        boolean unitAsked = Vocabulary.unit(t.get(i)).isPresent() // "kilo ni ngapi?", "a crate is how much?"
                && !(i > 0 && isNumber(t.get(i - 1)) && i - 1 != quantityIndex)
                && i + 2 < t.size()
                && (QUESTION.contains(next) || (Prices.COSTS.contains(next) && QUESTION.contains(t.get(i + 2))));
        boolean kwaAsked = t.get(i).equals("kwa") // "bei gani kwa gunia", "ni ngapi kwa kilo"
                && Vocabulary.unit(next).isPresent()
                && i > 0
                && (QUESTION.contains(t.get(i - 1)) || t.get(i - 1).equals("much"));
        boolean oneUnit = t.get(i).equals("1")
                && (Vocabulary.unit(next).isPresent()
                        || (i > 0 && Vocabulary.unit(t.get(i - 1)).isPresent()));
        boolean oneAsked = t.get(i).equals("1") && i > 0 && t.get(i - 1).equals("ngapi"); // "ni ngapi moja"

        int k = i - 1;
        while (k >= 0 && MONEY.contains(t.get(k))) {
            k--;
        }
        int after = oneUnit && Vocabulary.unit(next).isPresent() ? i + 2 : i + 1;
        while (after < t.size() && MONEY.contains(t.get(after))) {
            after++;
        }
        boolean figureAfter = after < t.size() && isNumber(t.get(after));
        return (marker && (k < 0 || !isNumber(t.get(k)) || k == quantityIndex))
                || (oneUnit && !figureAfter)
                || unitAsked
                || productAsked
                || kwaAsked
                || oneAsked
                || priceOfTheUnit(t, i);
    }

    /** "bei ya trei?", "the price of a crate?", "ngapi gunia?": the unit at {@code i} named as the one priced. */
    static boolean priceOfTheUnit(List<String> t, int i) {
        if (Vocabulary.unit(t.get(i)).isEmpty() || i == 0) {
            return false;
        }
        String before = t.get(i - 1);
        String twoBefore = i >= 2 ? t.get(i - 2) : "";
        boolean ofThe = Set.of("ya", "la", "of", "a").contains(before)
                && (Set.of("bei", "price", "form").contains(twoBefore)
                        || (twoBefore.equals("of") && i >= 3 && t.get(i - 3).equals("price")));
        return ofThe || before.equals("ngapi");
    }

    /** "bei ni 1500", "the price is 2,000", "60 bags at 3200": a figure named as the price, no unit nor "total". */
    static boolean priceNamed(List<String> t, int i) {
        int k = i - 1;
        while (k >= 0 && MoneyWords.isCurrency(t.get(k))) {
            k--; // "bei? ksh 9500", "price is shillings 4000"
        }
        boolean direct = k >= 0 && Set.of("bei", "price", "at").contains(t.get(k));
        boolean withIs = k >= 1
                && Set.of("ni", "is").contains(t.get(k))
                && Set.of("bei", "price").contains(t.get(k - 1));
        return direct || withIs || answersHowMuch(t, k);
    }

    /** "ni ngapi? 3500", "how much? 900": the answer to a question of price (not "kreti ngapi", a question of count). */
    private static boolean answersHowMuch(List<String> t, int k) {
        boolean ngapi = k >= 1
                && t.get(k).equals("ngapi")
                && Set.of("ni", "bei", "pesa", "shilingi", "ngapi").contains(t.get(k - 1));
        boolean howMuch = k >= 1 && t.get(k).equals("much") && t.get(k - 1).equals("how");
        return ngapi || howMuch;
    }
}
