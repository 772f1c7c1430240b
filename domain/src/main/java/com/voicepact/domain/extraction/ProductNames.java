package com.voicepact.domain.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Product words beyond {@link Vocabulary#PRODUCTS}: trade and variety names of a crop (Hass is an avocado, H614 a
 * maize, rosecoco a bean), and a word one letter off a product as speech-to-text mishears it ("maise", "beens").
 */
final class ProductNames {

    /** Trade and variety names, and regional names (matooke, omena, karanga), with the crop each is. */
    static final Map<String, String> TRADE = trade();

    /**
     * Names that also qualify another product ("mayai ya kienyeji" are eggs, "kuku wa kienyeji" chickens): the crop
     * only when no other product is said.
     */
    static final Set<String> QUALIFIERS = Set.of("kienyeji");

    /** A product said at word {@code at} over {@code length} words; guessed when misheard; a qualifier ({@link #QUALIFIERS}). */
    record Mention(String product, int at, int length, boolean guessed, boolean qualifier) {}

    private ProductNames() {}

    /** The product named at word {@code i}: a lexicon or trade name (longest first), else a misheard one; or null. */
    static Mention at(List<String> t, int i) {
        for (int n = Math.min(3, t.size() - i); n >= 1; n--) {
            String phrase = String.join(" ", t.subList(i, i + n));
            String product = Vocabulary.PRODUCTS.getOrDefault(phrase, TRADE.get(phrase));
            if (product != null) {
                return new Mention(product, i, n, false, QUALIFIERS.contains(phrase));
            }
        }
        String misheard = misheard(t.get(i));
        return misheard == null ? null : new Mention(misheard, i, 1, true, false);
    }

    /**
     * The product a word of five letters or more is one edit (a letter added, dropped or changed) away from, when it
     * is no everyday word and only one product is that close; else null. Short words are never guessed: too many
     * everyday words are one letter off "rice" or "milk".
     */
    static String misheard(String word) {
        if (word.length() < 5
                || WordLists.COMMON.contains(word)
                || Vocabulary.UNITS.containsKey(word)
                || PlaceNames.KNOWN.contains(word)
                || !word.matches("[a-z]+")) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> entry : Vocabulary.PRODUCTS.entrySet()) {
            String name = entry.getKey();
            if (name.length() >= 5 && !name.contains(" ") && oneEditApart(word, name)) {
                if (found != null && !found.equals(entry.getValue())) {
                    return null; // close to two products: no guess
                }
                found = entry.getValue();
            }
        }
        return found;
    }

    /** True when {@code a} and {@code b} differ by exactly one inserted, deleted or replaced letter. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.length() == shorter.length()
                ? longer.substring(i + 1).equals(shorter.substring(i + 1))
                : longer.substring(i + 1).equals(shorter.substring(i));
    }

    private static Map<String, String> trade() {
        Map<String, String> names = new HashMap<>();
        put(names, "avocado", "hass", "fuerte", "pinkerton", "kienyeji avocado");
        put(names, "maize", "h614", "h 614", "h6213", "h513", "h520", "dk", "dk8031", "duma", "pioneer", "pannar");
        put(names, "bean", "rosecoco", "rose coco", "nyayo", "wairimu", "mwitemania", "yellow beans", "kidney beans");
        put(names, "potato", "shangi", "dutch robjin", "robjin", "kenya mpya", "tigoni", "unica", "markies", "irish");
        put(names, "tomato", "anna f1", "cal j", "cal-j", "calj", "kilele", "rio grande", "money maker");
        put(names, "coffee", "sl28", "sl 28", "sl34", "sl 34", "ruiru 11", "batian", "cherry", "cherries");
        put(names, "rice", "pishori", "basmati", "sindano");
        put(names, "chicken", "kienyeji", "broiler", "broilers", "poultry", "layers", "kuroiler");
        put(names, "goat", "galla", "galla goats");
        put(names, "tea", "green leaf", "majani", "tea leaf", "tea leaves");
        put(names, "cabbage", "kabeji", "kabeji heads", "cabage");
        put(names, "groundnut", "karanga", "njugu karanga");
        put(names, "banana", "matooke", "matoke", "gonja");
        put(names, "fish", "omena", "dagaa", "tilapia", "ngege", "sato");
        return Map.copyOf(names);
    }

    private static void put(Map<String, String> names, String crop, String... words) {
        for (String w : words) {
            names.put(w, crop);
        }
    }
}
