package com.voicepact.domain.extraction;

import java.util.Set;

/** The words a place follows: delivery words mark it for sure, "to"/"at"/"in" only maybe ("from" is where someone comes from). */
final class PlaceMarkers {

    private static final Set<String> STRONG = Set.of(
            "deliver",
            "delivered",
            "delivery",
            "deliveries",
            "tutaleta",
            "nitaleta",
            "tutapeleka",
            "nitapeleka",
            "leta",
            "peleka",
            "kuleta",
            "kupeleka",
            "pick",
            "collect",
            "mpaka",
            "hadi",
            "kwenye",
            "pale",
            "huko",
            "sokoni",
            "bring",
            "drop",
            "ship",
            "send",
            "offload",
            "supply",
            "meet",
            "tukutane",
            "tutakutana",
            "tuma",
            "nitatuma",
            "tutatuma",
            "tutakutumia",
            "nitakutumia",
            "transport");
    private static final Set<String> WEAK = Set.of("to", "at", "in");

    private PlaceMarkers() {}

    static boolean isStrong(String word) {
        return STRONG.contains(word);
    }

    static boolean isWeak(String word) {
        return WEAK.contains(word);
    }
}
