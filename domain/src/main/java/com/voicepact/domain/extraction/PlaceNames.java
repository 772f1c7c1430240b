package com.voicepact.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer ({@code places.txt}: Kenyan towns, estates and counties, produce markets, neighbouring countries'
 * towns) and the words that end a place's name ("Nakuru depot").
 */
final class PlaceNames {

    /** What a gazetteer name is: a town, a market (inside a town), or a town that is also an everyday word. */
    enum Kind {
        TOWN,
        MARKET,
        MARKER_ONLY
    }

    /** A gazetteer name as written ("Nandi Hills"), its words in lower case, and its kind. */
    /** A gazetteer name; {@code town} is the town a market is in (null when unknown or not a market). */
    record Name(String written, List<String> words, Kind kind, String town) {}

    /** Every name, longest first, so "homa bay" is matched before any one-word name. */
    static final List<Name> NAMES = load();

    /** Every single word of a known name ("nakuru", "homa", "bay" aside): for rules asking "is this word a place?". */
    static final Set<String> KNOWN = known();

    /** Words that end a place's name: a figure before one is part of the name ("Githurai 45 market"). */
    static final Set<String> SUFFIXES = Set.of(
            "depot",
            "market",
            "store",
            "stores",
            "dairy",
            "town",
            "centre",
            "center",
            "warehouse",
            "godown",
            "yard",
            "farm",
            "sokoni",
            "stage",
            "county");

    private static final Map<String, List<Name>> BY_FIRST_WORD = byFirstWord();

    private PlaceNames() {}

    /** The longest gazetteer name starting at word {@code i}, or null. */
    static Name at(List<String> t, int i) {
        for (Name name : BY_FIRST_WORD.getOrDefault(t.get(i), List.of())) {
            if (i + name.words().size() <= t.size()
                    && t.subList(i, i + name.words().size()).equals(name.words())) {
                return name;
            }
        }
        return null;
    }

    private static List<Name> load() {
        List<Name> names = new ArrayList<>();
        for (String line : WordLists.lines("places.txt")) {
            String[] parts = line.split("\\|");
            Kind kind = parts.length < 2 ? Kind.TOWN : parts[1].equals("market") ? Kind.MARKET : Kind.MARKER_ONLY;
            String written = parts[0].strip();
            List<String> words =
                    List.of(written.toLowerCase(Locale.ROOT).replace("'", "").split(" "));
            names.add(new Name(written.replace("'", ""), words, kind, parts.length > 2 ? parts[2].strip() : null));
        }
        names.sort(Comparator.comparing((Name n) -> n.words().size()).reversed());
        return List.copyOf(names);
    }

    private static Set<String> known() {
        Set<String> known = new HashSet<>();
        NAMES.stream()
                .filter(n -> n.kind() != Kind.MARKER_ONLY)
                .forEach(n -> known.add(n.words().get(0)));
        known.add("murang'a");
        return Set.copyOf(known);
    }

    private static Map<String, List<Name>> byFirstWord() {
        Map<String, List<Name>> index = new HashMap<>();
        NAMES.forEach(n ->
                index.computeIfAbsent(n.words().get(0), w -> new ArrayList<>()).add(n));
        return Map.copyOf(index);
    }
}
