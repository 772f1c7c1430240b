package com.voicepact.domain.extraction;

import java.util.Set;

/** The words that mark money in market talk: per-unit markers, currency and price words, and "total". */
final class MoneyWords {

    /** Per-unit markers: "per bag", "each", "a crate", "kila gunia". */
    static final Set<String> PER = Set.of("per", "each", "a", "an", "kila", "every");
    /** Currency and price words that may stand between a figure and its marker. */
    static final Set<String> MONEY = Set.of(
            "shillings",
            "shilling",
            "shilingi",
            "ksh",
            "kshs",
            "kes",
            "bob",
            "sh",
            "shs",
            "ugx",
            "ush",
            "tzs",
            "tsh",
            "bei",
            "price",
            "cost",
            "pesa");
    /** The words that mark the total. */
    static final Set<String> TOTAL = Set.of("total", "jumla", "altogether", "overall", "totalling", "totaling");

    private static final Set<String> NOT_CURRENCY = Set.of("bei", "price", "cost", "pesa");

    private MoneyWords() {}

    /** A currency word ("shillings", "bob", "ksh"), not a price word such as "bei" that may start the next phrase. */
    static boolean isCurrency(String word) {
        return MONEY.contains(word) && !NOT_CURRENCY.contains(word);
    }
}
