package com.voicepact.domain.extraction;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The units and products of Kenyan produce markets, in English, Swahili and their mix, with their
 * canonical forms. Calendar words are in {@link CalendarWords}, place words in {@link PlaceNames},
 * {@link PlaceMarkers} and {@link NotPlaces}, money words in {@link MoneyWords}.
 */
final class Vocabulary {

    static final Map<String, String> UNITS = new LinkedHashMap<>();
    static final Map<String, String> PRODUCTS = new LinkedHashMap<>();

    static {
        unit("bag", "bag", "bags", "gunia", "magunia", "sack", "sacks", "bagi", "gunias");
        unit("kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        unit("tonne", "tonne", "tonnes", "ton", "tons", "tani", "metric ton");
        unit("litre", "litre", "litres", "liter", "liters", "lita", "l");
        unit("crate", "crate", "crates", "kreti", "makreti");
        unit("tray", "tray", "trays", "trei", "treya", "treis", "materei");
        unit("piece", "piece", "pieces", "pcs", "pc", "kipande", "vipande");
        unit("bunch", "bunch", "bunches", "mkungu", "mikungu");
        unit("head", "head", "heads", "kichwa", "vichwa");
        unit("debe", "debe", "debes", "madebe");
        unit("gorogoro", "gorogoro", "gorogoros", "magorogoro");
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
    }

    private Vocabulary() {}

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
