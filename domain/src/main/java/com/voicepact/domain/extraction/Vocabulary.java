package com.voicepact.domain.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The words of Kenyan produce markets, in English, Swahili and their mix, with their canonical forms. */
final class Vocabulary {

    static final Map<String, String> UNITS = new LinkedHashMap<>();
    static final Map<String, String> PRODUCTS = new LinkedHashMap<>();
    static final Map<String, String> MONTHS = new LinkedHashMap<>();
    static final Map<String, Integer> WEEKDAYS = new LinkedHashMap<>();
    static final Set<String> PLACE_SUFFIXES = Set.of("depot", "market", "store", "stores", "dairy", "town", "centre", "center",
            "warehouse", "godown", "yard", "farm", "sokoni", "stage", "county");
    static final Set<String> NOT_PLACES = Set.of("the", "a", "my", "your", "our", "their", "his", "her", "them", "it", "us", "you",
            "me", "by", "on", "before", "kabla", "tarehe", "next", "this", "end", "mwisho", "kesho", "tomorrow", "today", "leo",
            "there", "here", "delivery", "deliver", "pay", "time", "each", "kila", "per", "and", "na", "ya", "wa", "la", "za",
            "from", "at", "to", "in", "of", "for", "with", "week", "month", "wiki", "mwezi", "once", "every", "ijumaa", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "buyer", "seller", "deal", "sawa", "ok", "okay",
            "kwa", "ghala", "soko", "stoo", "store", "warehouse", "godown", "depot", "market");

    static {
        unit("bag", "bag", "bags", "gunia", "magunia", "sack", "sacks", "bagi");
        unit("kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        unit("tonne", "tonne", "tonnes", "ton", "tons", "tani", "metric ton");
        unit("litre", "litre", "litres", "liter", "liters", "lita", "l");
        unit("crate", "crate", "crates", "kreti");
        unit("tray", "tray", "trays", "trei", "treya");
        unit("piece", "piece", "pieces", "pcs", "pc", "kipande", "vipande");
        unit("bunch", "bunch", "bunches", "mkungu", "mikungu");
        unit("head", "head", "heads");
        unit("box", "box", "boxes", "sanduku");

        product("maize", "maize", "corn", "mahindi", "mahindi makavu");
        product("bean", "beans", "bean", "maharagwe", "maharage");
        product("potato", "potatoes", "potato", "irish potatoes", "viazi", "waru");
        product("sweet potato", "sweet potatoes", "sweet potato", "viazi vitamu");
        product("milk", "milk", "maziwa");
        product("tomato", "tomatoes", "tomato", "nyanya");
        product("sorghum", "sorghum", "mtama");
        product("millet", "millet", "wimbi", "mawele");
        product("coffee", "coffee", "kahawa");
        product("tea", "tea", "chai", "majani chai");
        product("egg", "eggs", "egg", "mayai", "yai");
        product("wheat", "wheat", "ngano");
        product("avocado", "avocados", "avocado", "avocadoes", "parachichi", "maparachichi");
        product("rice", "rice", "mchele", "mpunga");
        product("onion", "onions", "onion", "vitunguu", "kitunguu");
        product("cabbage", "cabbages", "cabbage", "kabichi");
        product("banana", "bananas", "banana", "ndizi");
        product("mango", "mangoes", "mangos", "mango", "maembe", "embe");
        product("cassava", "cassava", "muhogo", "mihogo");
        product("groundnut", "groundnuts", "groundnut", "peanuts", "njugu");
        product("kale", "kale", "sukuma", "sukuma wiki");
        product("sugar", "sugar", "sukari");
        product("sugarcane", "sugarcane", "sugar cane", "miwa");
        product("cotton", "cotton", "pamba");
        product("sunflower", "sunflower", "alizeti");
        product("green gram", "green grams", "green gram", "ndengu", "pojo");
        product("pea", "peas", "pea", "njegere");
        product("carrot", "carrots", "carrot", "karoti");
        product("orange", "oranges", "orange", "machungwa", "chungwa");
        product("pineapple", "pineapples", "pineapple", "nanasi", "mananasi");
        product("watermelon", "watermelons", "watermelon", "tikiti");
        product("fish", "fish", "samaki");
        product("chicken", "chickens", "chicken", "kuku");
        product("goat", "goats", "goat", "mbuzi");
        product("honey", "honey", "asali");
        product("macadamia", "macadamia", "macadamias");
        product("cashew", "cashews", "cashew", "korosho");
        product("barley", "barley", "shayiri");

        String[][] months = {{"january", "jan", "januari"}, {"february", "feb", "februari"}, {"march", "mar", "machi"},
                {"april", "apr", "aprili"}, {"may", "mei"}, {"june", "jun", "juni"}, {"july", "jul", "julai"},
                {"august", "aug", "agosti"}, {"september", "sep", "sept", "septemba"}, {"october", "oct", "oktoba"},
                {"november", "nov", "novemba"}, {"december", "dec", "desemba", "disemba"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, Integer.toString(m + 1));
            }
        }
        String[][] days = {{"monday", "jumatatu"}, {"tuesday", "jumanne"}, {"wednesday", "jumatano"}, {"thursday", "alhamisi"},
                {"friday", "ijumaa"}, {"saturday", "jumamosi"}, {"sunday", "jumapili"}};
        for (int d = 0; d < days.length; d++) {
            for (String name : days[d]) {
                WEEKDAYS.put(name, d + 1);
            }
        }
    }

    private Vocabulary() {
    }

    private static void unit(String canonical, String... words) {
        for (String w : words) {
            UNITS.put(w, canonical);
        }
    }

    private static void product(String canonical, String... words) {
        for (String w : words) {
            PRODUCTS.put(w, canonical);
        }
    }

    /** English plural to singular for a product word the vocabulary does not know. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("oes") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static Optional<String> unit(String word) {
        return Optional.ofNullable(UNITS.get(word));
    }
}
