package com.voicepact.domain.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One candidate delivery place after a place marker: a gazetteer name (a market said with its town giving the town;
 * "Nandi Hills" kept whole), or an unknown word that could be a name (a guess); and whether a name is said in
 * passing ("I live in Nakuru", "natoka Kisumu").
 */
final class PlaceCandidates {

    /** Confidence of a gazetteer name after a delivery word. */
    static final double KNOWN = 0.8;

    private static final double GUESSED = 0.55;

    /** Words just before a place that make it where someone lives or comes from, not where goods go. */
    private static final Set<String> PASSING = Set.of(
            "live",
            "lives",
            "living",
            "stay",
            "stays",
            "staying",
            "based",
            "born",
            "calling",
            "from",
            "natoka",
            "ninatoka",
            "nimetoka",
            "anatoka",
            "tunatoka",
            "ninaishi",
            "naishi",
            "anaishi",
            "tunaishi",
            "nakaa",
            "ninakaa",
            "anakaa",
            "tunakaa",
            "niko",
            "nipo",
            "tuko",
            "yuko",
            "nilikuwa",
            "visited",
            "visiting");

    /** Markers that put a name right after them: a name that is also an everyday word counts only there. */
    private static final Set<String> PREPOSITIONS = Set.of("to", "at", "in", "mpaka", "hadi", "kwenye", "pale", "huko");

    /** English delivery verbs: after one, "Wote" is the town (the Swahili pronoun follows Swahili verbs). */
    private static final Set<String> ENGLISH_VERBS = Set.of(
            "deliver", "delivered", "delivery", "bring", "drop", "send", "ship", "transport", "offload", "supply");

    private PlaceCandidates() {}

    /**
     * The place within {@code reach} words after the marker at {@code marker}, not counting (up to {@code reach} of)
     * the everyday words skipped on the way ("them to my farm in"); or null.
     */
    static Places.Place after(List<String> t, int marker, int reach) {
        boolean pickUp = t.get(marker).matches("pick|collect|[a-z]*chuku[ae]");
        Places.Place guess = null;
        int end = Math.min(t.size(), marker + 1 + reach);
        for (int j = marker + 1; j < end; j++) {
            String w = t.get(j);
            PlaceNames.Name name = PlaceNames.at(t, j);
            if (name != null
                    && (name.kind() != PlaceNames.Kind.MARKER_ONLY
                            || (j == marker + 1
                                    && (ENGLISH_VERBS.contains(t.get(marker)) || !followedByEverydayWord(t, j + 1)))
                            || PREPOSITIONS.contains(t.get(j - 1)))) {
                return resolve(t, j, name);
            }
            if (TermExtractor.isNumber(w)
                    || CalendarWords.MONTHS.containsKey(w)
                    || CalendarWords.WEEKDAYS.containsKey(w)
                    || Vocabulary.UNITS.containsKey(w)
                    || Vocabulary.PRODUCTS.containsKey(w)
                    || (w.equals("from") && !pickUp)) {
                return guess;
            }
            if (guess != null || name != null) {
                continue;
            }
            if (NotPlaces.contains(w)
                    || WordLists.COMMON.contains(w)
                    || PlaceMarkers.isWeak(w)
                    || Places.isDeliveryWord(w)) {
                end = Math.min(t.size(), Math.min(end + 1, marker + 1 + 2 * reach)); // "to my farm in Endebess"
                continue;
            }
            if (j + 1 < t.size()
                    && (t.get(j + 1).startsWith("shilling") || t.get(j + 1).equals("shilingi"))) {
                return null; // "in uganda shillings" is a currency, not a place
            }
            if (w.length() < 4
                    || !w.matches("[a-z\\-]+")
                    || w.matches(".*(ing|ed|ly)")
                    || !(j == marker + 1
                            || PREPOSITIONS.contains(t.get(j - 1))
                            || t.get(j - 1).equals("kwa"))) {
                return null; // a word further on ("niletee kwa boma yangu baada ya siku tatu") is no name
            }
            guess = new Places.Place(inTown(t, j + 1, title(w)), GUESSED); // unless a known name follows
        }
        return guess;
    }

    /** "tutachukua wote pamoja": a word that is also a town, followed by an everyday word, is that word. */
    private static boolean followedByEverydayWord(List<String> t, int next) {
        return next < t.size() && WordLists.COMMON.contains(t.get(next));
    }

    /** The place a gazetteer name at {@code i} stands for: its town when it is a market said with one. */
    static Places.Place resolve(List<String> t, int i, PlaceNames.Name name) {
        int end = i + name.words().size();
        return new Places.Place(
                name.kind() == PlaceNames.Kind.MARKET
                        ? ownTown(t, name, inTown(t, end, name.written()))
                        : name.written(),
                KNOWN);
    }

    /** A market's own town said anywhere in the call, not in passing ("tupeleke Kongowea kesho ... si ile ya Mombasa"). */
    private static String ownTown(List<String> t, PlaceNames.Name market, String near) {
        if (!near.equals(market.written()) || market.town() == null) {
            return near;
        }
        List<String> town = List.of(market.town().toLowerCase(Locale.ROOT).split(" "));
        for (int j = 0; j + town.size() <= t.size(); j++) {
            if (t.subList(j, j + town.size()).equals(town) && !inPassing(t, j)) {
                return market.town();
            }
        }
        return near;
    }

    /** The town named within a few words after a market ("Wakulima market in Nairobi", "soko la Kongowea Mombasa"). */
    private static String inTown(List<String> t, int from, String market) {
        for (int j = from; j < Math.min(t.size(), from + 4); j++) {
            PlaceNames.Name town = PlaceNames.at(t, j);
            if (town != null && town.kind() == PlaceNames.Kind.TOWN) {
                return town.written();
            }
            if (!t.get(j).matches("market|sokoni|soko|in|of|la|ya|at|the|town|mjini|centre|center")) {
                return market;
            }
        }
        return market;
    }

    /** True when the place at {@code i} (or after the marker at {@code i}) is said in passing: "I live in", "natoka". */
    static boolean inPassing(List<String> t, int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (PASSING.contains(t.get(j))) {
                return true;
            }
        }
        return false;
    }

    static String title(String name) {
        StringBuilder titled = new StringBuilder();
        for (String word : name.replace("'", "").split(" ")) {
            titled.append(titled.length() == 0 ? "" : " ")
                    .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return titled.toString();
    }
}
