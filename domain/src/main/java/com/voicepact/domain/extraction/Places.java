package com.voicepact.domain.extraction;

import java.util.List;

/**
 * The delivery place: the name after a delivery word ("deliver to Eldoret", "tutaleta Gikomba", "pick them at
 * Nakuru depot"), or, failing that, after "to"/"at"/"in", or a gazetteer name said anywhere; the last said of the
 * surest kind wins (a gazetteer name over a word merely standing where a place would). A place said in passing (where someone lives or comes from) is not the delivery place; a market
 * said with its town gives the town ({@link PlaceCandidates}).
 */
final class Places {

    /** A delivery place and how sure the rules are of it (an unknown word is a guess, under CERTAIN). */
    record Place(String name, double confidence) {}

    private Places() {}

    /** A delivery verb, English or any Swahili form of -leta / -peleka / -fikisha / -chukua ("tupeleke", "nitakuletea", "niletee", "tutachukua"). */
    static boolean isDeliveryWord(String word) {
        return PlaceMarkers.isStrong(word)
                || word.matches(
                        "[a-z]*(let[ae]|lete[ae]|letw[ae]|letewa|pelek[ae]|peleke[ae]|pelekw[ae]|fikish[ae]|fikishie|fikishw[ae]|chukua|chukue)")
                || word.matches("(?:u|i|zi|tu|ni|wa|a|ya)(?:ta)?fik[ae]"); // -fika, to arrive: "mzigo utafika Nakuru"
    }

    /**
     * True when the last verb within 8 words before {@code i} delivers ("tutaleta kesho kutwa"), not when one of
     * paying, sending money or harvesting comes after it ("... nitakutumia pesa leo", "we harvest tomorrow").
     */
    static boolean deliveredBefore(List<String> t, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 8); j--) {
            String w = t.get(j);
            if (w.matches(OTHER_ACTIONS)) {
                return false;
            }
            if (isDeliveryWord(w) && !w.matches("pick|collect|meet|[a-z]*kutana|mpaka|hadi|kwenye|pale|huko")) {
                return true;
            }
        }
        return false;
    }

    private static final String OTHER_ACTIONS = "send|sent|pay|paid|deposit|harvest|uproot|dig|plant|[a-z]*tuma|"
            + "[a-z]*tumia|[a-z]*lipa|[a-z]*lipwa|[a-z]*vuna|[a-z]*chuma|[a-z]*panda|[a-z]*ng'oa|[a-z]*ngoa";

    /** The place's words spelled as said: "Murang'a" stays so, "Muranga" too. */
    private static Place asSaid(Place place, List<String> words) {
        StringBuilder said = new StringBuilder();
        for (String word : place.name().split(" ")) {
            String spoken = words.stream()
                    .filter(w -> w.contains("'") && w.replace("'", "").equalsIgnoreCase(word))
                    .findFirst()
                    .map(w -> word.charAt(0) + w.substring(1))
                    .orElse(word);
            said.append(said.length() == 0 ? "" : " ").append(spoken);
        }
        return new Place(said.toString(), place.confidence());
    }

    /** The delivery place of normalised words {@code words}, or null when none is said. */
    static Place find(List<String> words) {
        List<String> t = words.stream().map(w -> w.replace("'", "")).toList();
        Place strong = null;
        Place strongUnknown = null;
        Place weakKnown = null;
        Place known = null;
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            if (isDeliveryWord(w)) {
                Place candidate = PlaceCandidates.after(t, i, 4);
                if (candidate != null && candidate.confidence() >= PlaceCandidates.KNOWN) {
                    strong = candidate;
                } else if (candidate != null) {
                    strongUnknown = candidate;
                }
            } else if (PlaceMarkers.isWeak(w) && !PlaceCandidates.inPassing(t, i)) {
                Place candidate = PlaceCandidates.after(t, i, 2);
                if (candidate != null && candidate.confidence() >= PlaceCandidates.KNOWN) {
                    weakKnown = candidate; // an unknown word after "to" alone ("take them to Baraka") is no place
                }
            }
            PlaceNames.Name name = PlaceNames.at(t, i);
            if (name != null) {
                ProductNames.Mention product = ProductNames.at(t, i);
                boolean variety =
                        product != null && product.length() > name.words().size(); // "Ruiru 11" coffee
                if (name.kind() != PlaceNames.Kind.MARKER_ONLY && !PlaceCandidates.inPassing(t, i) && !variety) {
                    Place anywhere = PlaceCandidates.resolve(t, i, name);
                    known = new Place(anywhere.name(), 0.7);
                }
                i += name.words().size() - 1;
            }
        }
        for (Place place : new Place[] {strong, weakKnown, known, strongUnknown}) {
            if (place != null) {
                return asSaid(place, words);
            }
        }
        return null;
    }
}
