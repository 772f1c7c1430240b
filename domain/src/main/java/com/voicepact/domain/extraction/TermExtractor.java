package com.voicepact.domain.extraction;

import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pulls contract terms out of a transcript of Kenyan market talk (English, Swahili, or both mixed),
 * by rules a clerk would use: a number next to a unit is a quantity; a number followed by "per",
 * "each", "kila" or "kwa" and a unit is a unit price; "total"/"jumla" marks the total; the last
 * price said wins (haggling); places follow delivery words; dates resolve against the call's day.
 * Pure: no clock, no I/O.
 */
public final class TermExtractor {

    private static final Set<String> PER = Set.of("per", "each", "a", "an", "kila", "every");
    private static final Set<String> MONEY = Set.of("shillings", "shilling", "shilingi", "ksh", "kshs", "kes", "bob", "sh", "shs",
            "ugx", "ush", "tzs", "tsh", "bei", "price", "cost", "pesa");
    private static final Set<String> TOTAL = Set.of("total", "jumla", "altogether", "overall", "totalling", "totaling");
    private static final Set<String> STRONG_PLACE = Set.of("deliver", "delivered", "delivery", "deliveries", "tutaleta", "nitaleta",
            "tutapeleka", "nitapeleka", "leta", "peleka", "kuleta", "kupeleka", "pick", "collect", "mpaka", "hadi", "kwenye",
            "pale", "huko", "sokoni", "bring", "drop", "ship", "transport");
    private static final Set<String> WEAK_PLACE = Set.of("to", "at", "in", "from");
    private static final Set<String> VERBS = Set.of("buy", "sell", "pay", "confirm", "bring", "pick", "deliver", "supply", "send",
            "get", "be", "do", "go", "give", "take", "come", "agree", "agreed", "settle", "say", "said", "want", "wants", "need", "them",
            "the", "you", "your", "me", "us", "it", "cash", "mpesa", "m-pesa", "total", "uganda", "tanzania", "kenya", "least", "most",
            "full", "once", "that", "this", "price", "bei", "kila", "shilingi", "shillings", "bob", "ksh");

    /** Confidence of a figure heard in the call, and of one computed from the others. */
    private static final double SAID = 0.9;
    private static final double COMPUTED = 0.7;

    private TermExtractor() {
    }

    public static ExtractedTerms extract(String transcript, LocalDate referenceDate) {
        List<String> t = Arrays.asList(normalise(transcript == null ? "" : transcript).split(" "));
        Quantities quantity = quantity(t);
        String currency = currency(String.join(" ", t));
        BigDecimal unitPrice = unitPrice(t, quantity.index());
        BigDecimal total = total(t);
        boolean priceComputed = false;
        boolean totalComputed = false;
        if (quantity.value() != null && unitPrice == null && total != null && quantity.value().signum() > 0) {
            unitPrice = total.divide(quantity.value(), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
            priceComputed = true;
        } else if (quantity.value() != null && unitPrice != null && total == null) {
            total = unitPrice.multiply(quantity.value()).stripTrailingZeros();
            totalComputed = true;
        }
        Places.Place place = Places.find(t);
        return new ExtractedTerms(Field.of(product(t), 0.85), Field.of(quantity.value(), 0.9), Field.of(quantity.unit(), 0.9),
                Field.of(plain(unitPrice), priceComputed ? COMPUTED : SAID), Field.of(plain(total), totalComputed ? COMPUTED : SAID),
                Field.of(currency, 0.8),
                Field.of(place == null ? null : place.name(), place == null ? 0 : place.confidence()),
                Field.of(Dates.deadline(t, referenceDate), 0.8), Field.of(quality(t), 0.9));
    }

    /** Lower case, spoken numbers as digits, ordinals as numbers, punctuation gone. */
    static String normalise(String transcript) {
        String text = Dates.spellNumericDates(transcript.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        text = text.replaceAll("(\\d),(\\d{3})", "$1$2").replaceAll("(\\d),(\\d{3})", "$1$2");
        // A pause (comma, full stop, question) ends a spoken number: "magunia sabini, elfu tatu" is 70 and 3000.
        text = text.replaceAll("[,;:?!]|(?<!\\d)\\.|\\.(?!\\d)", " | ").replaceAll("[^a-z0-9.'|\\- ]", " ");
        text = text.replaceAll("(\\d+)(st|nd|rd|th)\\b", "$1").replaceAll("\\s+", " ").strip();
        text = Ordinals.replace(text.replaceAll("\\b([a-z]+ty)-([a-z]+)\\b", "$1 $2")); // twenty-five
        text = NumberWords.digits(text).replace("|", " ").replaceAll("\\s+", " ").strip();
        return POINT.matcher(text).replaceAll(m -> m.group(1) + "." + m.group(2).replace(" ", "")); // one point five
    }

    private static final java.util.regex.Pattern POINT = java.util.regex.Pattern.compile("\\b(\\d+) point ((?:\\d )*\\d)\\b");

    record Quantities(BigDecimal value, String unit, int index) { }

    /** The last number standing next to a unit that is not a price unit ("per bag", "kila crate"). */
    static Quantities quantity(List<String> t) {
        Quantities found = new Quantities(null, null, -1);
        for (int i = 0; i < t.size(); i++) {
            var unit = Vocabulary.unit(t.get(i));
            if (unit.isEmpty() || (i > 0 && (PER.contains(t.get(i - 1)) || t.get(i - 1).equals("kwa"))) || isOneUnitPriceFrame(t, i)) {
                continue;
            }
            if (i > 0 && isNumber(t.get(i - 1)) && !isPrice(t, i - 1)) {
                found = new Quantities(new BigDecimal(t.get(i - 1)), unit.get(), i - 1);
            } else if (i + 1 < t.size() && isNumber(t.get(i + 1)) && !isPrice(t, i + 1)) {
                found = new Quantities(new BigDecimal(t.get(i + 1)), unit.get(), i + 1);
            } else if (i + 2 < t.size() && isNumber(t.get(i + 2)) && !isPrice(t, i + 2) && !t.get(i + 1).equals("of")
                    && Vocabulary.unit(t.get(i + 1)).isEmpty() && !isNumber(t.get(i + 1))) {
                found = new Quantities(new BigDecimal(t.get(i + 2)), unit.get(), i + 2); // "crates thirty za tomatoes"
            }
        }
        return found.value() != null ? found : countedPieces(t);
    }

    private static final Set<String> COUNTABLE = Set.of("chicken", "goat", "avocado", "mango", "cabbage", "pineapple", "watermelon",
            "orange", "egg", "banana", "fish");

    /** No unit said: "200 chickens", "mia mbili ya kuku" count pieces of something countable; the last count wins. */
    private static Quantities countedPieces(List<String> t) {
        Quantities found = new Quantities(null, null, -1);
        for (int i = 0; i + 1 < t.size(); i++) {
            if (COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(t.get(i), "")) && isNumber(t.get(i + 1)) && !isPrice(t, i + 1)
                    && !(i + 2 < t.size() && (Vocabulary.UNITS.containsKey(t.get(i + 2)) || PER.contains(t.get(i + 2))))) {
                found = new Quantities(new BigDecimal(t.get(i + 1)), "piece", i + 1); // "mbuzi kumi"
                continue;
            }
            int productAt = Set.of("of", "ya", "za").contains(t.get(i + 1)) ? i + 2 : i + 1;
            if (isNumber(t.get(i)) && !isPrice(t, i) && productAt < t.size() && COUNTABLE.contains(Vocabulary.PRODUCTS.getOrDefault(t.get(productAt), ""))
                    && !(i > 0 && (PER.contains(t.get(i - 1)) || t.get(i - 1).equals("kwa")))) {
                found = new Quantities(new BigDecimal(t.get(i)), "piece", i);
            }
        }
        return found;
    }

    /** "one bag is 4,000", "gunia moja ni elfu nne": the unit of a price, not a quantity of one. */
    private static boolean isOneUnitPriceFrame(List<String> t, int unitAt) {
        boolean oneBefore = unitAt > 0 && t.get(unitAt - 1).equals("1") && unitAt + 1 < t.size() && COSTS.contains(t.get(unitAt + 1));
        boolean oneAfter = unitAt + 2 < t.size() && t.get(unitAt + 1).equals("1") && COSTS.contains(t.get(unitAt + 2));
        return oneBefore || oneAfter;
    }

    private static boolean isPrice(List<String> t, int i) {
        boolean moneyBefore = i > 0 && MONEY.contains(t.get(i - 1));
        boolean moneyAfter = i + 1 < t.size() && MONEY.contains(t.get(i + 1));
        return moneyBefore || moneyAfter;
    }

    /** The last number followed by a per-unit marker, or said "at N each"; haggling ends on the last one. */
    static BigDecimal unitPrice(List<String> t, int quantityIndex) {
        BigDecimal price = null;
        boolean askedPerUnit = false;
        for (int i = 0; i < t.size(); i++) {
            if (isPerUnitQuestion(t, i)) {
                askedPerUnit = true;
            }
            if (!isNumber(t.get(i)) || i == quantityIndex) {
                continue;
            }
            int j = i + 1;
            while (j < t.size() && MONEY.contains(t.get(j))) {
                j++;
            }
            if (j + 1 < t.size() && t.get(j).equals("kwa") && PER.contains(t.get(j + 1))) {
                j++; // "mia tano kwa kila kuku"
            }
            boolean perUnit = j < t.size() && PER.contains(t.get(j)) && j + 1 < t.size()
                    && (Vocabulary.unit(t.get(j + 1)).isPresent() || t.get(j + 1).equals("1") || t.get(j + 1).equals("one")
                    || isUnitLike(t.get(j + 1)));
            boolean each = j < t.size() && (t.get(j).equals("each") || t.get(j).equals("apiece"));
            boolean kwaUnit = j + 1 < t.size() && t.get(j).equals("kwa") && Vocabulary.unit(t.get(j + 1)).isPresent();
            boolean forOne = j + 2 < t.size() && t.get(j).equals("for") && Set.of("1", "a", "an").contains(t.get(j + 1))
                    && Vocabulary.unit(t.get(j + 2)).isPresent(); // "3,000 shillings for one bag"
            if (perUnit || each || kwaUnit || forOne || unitCosts(t, i)) {
                price = new BigDecimal(t.get(i));
            } else if (price != null ? isCounterOffer(t, i, price) : askedPerUnit && isBareFigure(t, i)) {
                price = new BigDecimal(t.get(i));
            }
        }
        return price;
    }

    private static final Set<String> NOT_MONEY_BEFORE = Set.of("in", "tarehe", "on", "by", "before", "the", "baada", "ya", "siku",
            "wiki", "take", "nipe", "nataka", "want", "need", "total", "jumla");

    /**
     * Haggling often drops the unit after the first offer ("2,800 per crate ... 2,500 ... ok 2,600"): once a
     * unit price is on the table, a later bare figure of the same size (half to twice) is the next offer,
     * unless it is a quantity, a date, a duration or a total.
     */
    private static boolean isCounterOffer(List<String> t, int i, BigDecimal price) {
        BigDecimal value = new BigDecimal(t.get(i));
        boolean sameSize = value.multiply(BigDecimal.valueOf(2)).compareTo(price) >= 0
                && value.compareTo(price.multiply(BigDecimal.valueOf(2))) <= 0;
        return sameSize && isBareFigure(t, i);
    }

    /** A number that is not a quantity, a date, a duration, a total or part of a place name ("Githurai 45 market"). */
    private static boolean isBareFigure(List<String> t, int i) {
        String before = i > 0 ? t.get(i - 1) : "";
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean otherMeaning = NOT_MONEY_BEFORE.contains(before) || Vocabulary.UNITS.containsKey(after) || Vocabulary.UNITS.containsKey(before)
                || Vocabulary.PRODUCTS.containsKey(after) || Vocabulary.MONTHS.containsKey(after) || Vocabulary.MONTHS.containsKey(before)
                || TOTAL.contains(after) || after.matches("days?|weeks?|months?|siku|wiki|of|ya|za|in|deposit")
                || Vocabulary.PLACE_SUFFIXES.contains(after) || Places.KNOWN.contains(before);
        return !otherMeaning;
    }

    /** "how much per bag?", "pesa ngapi kila kreti?": a per-unit marker with no figure before it asks for a unit price. */
    private static boolean isPerUnitQuestion(List<String> t, int i) {
        boolean marker = PER.contains(t.get(i)) && !t.get(i).equals("a") && !t.get(i).equals("an") && i + 1 < t.size()
                && Vocabulary.unit(t.get(i + 1)).isPresent();
        int k = i - 1;
        while (k >= 0 && MONEY.contains(t.get(k))) {
            k--;
        }
        return marker && (k < 0 || !isNumber(t.get(k)));
    }

    private static final Set<String> COSTS = Set.of("costs", "cost", "is", "goes", "for", "ni", "at", "sells");

    /** "each bag costs 4,500", "a crate is 2000", "kila gunia ni 3000": a unit named before its price. */
    private static boolean unitCosts(List<String> t, int i) {
        int j = i - 1;
        while (j >= 0 && (MONEY.contains(t.get(j)) || t.get(j).equals("for"))) {
            j--;
        }
        String after = i + 1 < t.size() ? t.get(i + 1) : "";
        boolean perWord = j >= 1 && PER.contains(t.get(j - 1)) && !t.get(j - 1).equals("a") && !t.get(j - 1).equals("an");
        boolean unitOrOne = perWord && (Vocabulary.unit(t.get(j)).isPresent() || (t.get(j).equals("1") && !t.get(j - 1).equals("per")));
        if (perWord && unitOrOne && Vocabulary.unit(after).isEmpty()
                && new BigDecimal(t.get(i)).compareTo(BigDecimal.ONE) > 0) {
            return true; // "kila gunia elfu mbili": the unit, then its price
        }
        if (j < 2 || !COSTS.contains(t.get(j))) {
            return false;
        }
        boolean eachUnit = (Vocabulary.unit(t.get(j - 1)).isPresent() || isUnitLike(t.get(j - 1))) && PER.contains(t.get(j - 2));
        boolean oneUnit = (Vocabulary.unit(t.get(j - 1)).isPresent() && t.get(j - 2).equals("1"))
                || (t.get(j - 1).equals("1") && Vocabulary.unit(t.get(j - 2)).isPresent()); // one bag is / gunia moja ni
        return eachUnit || oneUnit;
    }

    private static boolean isUnitLike(String word) {
        return Vocabulary.PRODUCTS.containsKey(word) || word.equals("moja") || word.equals("unit") || word.equals("item");
    }

    /** A number shortly after "total"/"jumla" (allowing "is", "will be", "of", currency words). */
    static BigDecimal total(List<String> t) {
        BigDecimal total = null;
        for (int i = 0; i < t.size(); i++) {
            if (isPaymentForSeveral(t, i)) {
                total = new BigDecimal(t.get(i)); // "2.4 million shillings for 40 tonnes"
                continue;
            }
            int w = i + 1;
            while (isNumber(t.get(i)) && w < t.size() && (MONEY.contains(t.get(w)) || t.get(w).equals("in"))) {
                w++;
            }
            if (isNumber(t.get(i)) && w < t.size() && TOTAL.contains(t.get(w)) && !figureFollows(t, w + 1)) {
                total = new BigDecimal(t.get(i)); // "25,200 total", "756,000 in total", "1,100,000 shillings total"
                i = w; // that "total" is answered: what follows it is not its figure
                continue;
            }
            if (TOTAL.contains(t.get(i))) {
                for (int j = i + 1; j < Math.min(t.size(), i + 6); j++) {
                    boolean quantity = j + 1 < t.size() && Vocabulary.unit(t.get(j + 1)).isPresent();
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
        return j > i + 1 && j + 2 < t.size() && t.get(j).equals("for") && isNumber(t.get(j + 1))
                && new BigDecimal(t.get(j + 1)).compareTo(BigDecimal.ONE) > 0 && Vocabulary.unit(t.get(j + 2)).isPresent();
    }

    /** "grade 2 total 120k": a figure right after "total" (past "is", "of", currency words) is the total, not the one before. */
    private static boolean figureFollows(List<String> t, int from) {
        int k = from;
        while (k < t.size() && (MONEY.contains(t.get(k)) || Set.of("is", "ni", "of", "ya", "will", "be", "=").contains(t.get(k)))) {
            k++;
        }
        return k < t.size() && isNumber(t.get(k));
    }

    static String currency(String text) {
        if (text.matches(".*\\b(ugx|ush|uganda(n)? (shillings?|shilingi)|ug shillings?)\\b.*")) {
            return "UGX";
        }
        if (text.matches(".*\\b(tzs|tsh|tanzania(n)? (shillings?|shilingi))\\b.*")) {
            return "TZS";
        }
        return "KES";
    }

    /** The first product the vocabulary knows (two-word names first), else the word after "<unit> of". */
    static String product(List<String> t) {
        String text = " " + String.join(" ", t) + " ";
        int best = Integer.MAX_VALUE;
        String product = null;
        List<String> names = new ArrayList<>(Vocabulary.PRODUCTS.keySet());
        names.sort(Comparator.comparing(String::length).reversed());
        for (String name : names) {
            int at = text.indexOf(" " + name + " ");
            if (at >= 0 && at < best) {
                best = at;
                product = Vocabulary.PRODUCTS.get(name);
            }
        }
        if (product != null) {
            return product;
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (Vocabulary.unit(t.get(i)).isPresent() && Set.of("of", "ya", "za", "la").contains(t.get(i + 1))
                    && !isNumber(t.get(i + 2))) {
                return Vocabulary.singular(t.get(i + 2));
            }
        }
        return null;
    }

    static String quality(List<String> t) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).equals("grade") && t.get(i + 1).matches("[1-5]|[a-e]")) {
                return "grade " + t.get(i + 1);
            }
            if (t.get(i).equals("daraja") && i + 2 < t.size() && t.get(i + 1).equals("la")) {
                String grade = switch (t.get(i + 2)) {
                    case "kwanza" -> "1";
                    case "pili" -> "2";
                    case "tatu", "3" -> "3";
                    default -> null;
                };
                if (grade != null) {
                    return "grade " + grade;
                }
            }
        }
        return null;
    }

    static boolean isNumber(String word) {
        return word.matches("\\d+(\\.\\d+)?");
    }

    static boolean isWeakPlaceWord(String word) {
        return WEAK_PLACE.contains(word);
    }

    static boolean isStrongPlaceWord(String word) {
        return STRONG_PLACE.contains(word);
    }

    static boolean isVerbOrFiller(String word) {
        return VERBS.contains(word);
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }
}
