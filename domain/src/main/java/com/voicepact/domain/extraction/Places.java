package com.voicepact.domain.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The delivery place: the word after a delivery word ("deliver to Eldoret", "tutaleta Gikomba",
 * "pick them at Nakuru depot"), or, failing that, after "to"/"at"/"in". The last one said wins;
 * known Kenyan and regional place names count even without such a word.
 */
final class Places {

    record Place(String name, double confidence) {}

    private Places() {}

    /** A delivery verb, English or any Swahili form of -leta / -peleka / -fikisha / -chukua ("tupeleke", "nitakuletea", "tutachukua"). */
    static boolean isDeliveryWord(String word) {
        return PlaceMarkers.isStrong(word)
                || word.matches("[a-z]*(let[ae]|letea|letewa|pelek[ae]|pelekea|fikish[ae]|chukua|chukue)");
    }

    static Place find(List<String> t) {
        Place strong = null;
        Place weak = null;
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            if (isDeliveryWord(w) || PlaceMarkers.isWeak(w)) {
                String candidate = candidateAfter(t, i + 1, isDeliveryWord(w) ? 4 : 2);
                if (candidate != null) {
                    boolean isStrong =
                            isDeliveryWord(w) || PlaceNames.KNOWN.contains(candidate) || candidate.contains(" ");
                    Place place = new Place(title(candidate), isStrong ? 0.85 : 0.6);
                    if (isStrong) {
                        strong = place;
                    } else {
                        weak = place;
                    }
                }
            }
        }
        if (strong != null) {
            return strong;
        }
        if (weak != null) {
            return weak;
        }
        String known = null;
        for (int i = 0; i < t.size(); i++) {
            String phrase = phraseAt(t, i);
            known = phrase != null ? phrase : PlaceNames.KNOWN.contains(t.get(i)) ? t.get(i) : known;
        }
        return known == null ? null : new Place(title(known), 0.7);
    }

    private static String phraseAt(List<String> t, int j) {
        for (List<String> phrase : PlaceNames.KNOWN_PHRASES) {
            if (j + phrase.size() <= t.size() && t.subList(j, j + phrase.size()).equals(phrase)) {
                return String.join(" ", phrase);
            }
        }
        return null;
    }

    /** The first word within {@code reach} that can be a place name (skipping "the", "them at", ...). */
    private static String candidateAfter(List<String> t, int from, int reach) {
        for (int j = from; j < Math.min(t.size(), from + reach); j++) {
            String w = t.get(j);
            String phrase = phraseAt(t, j);
            if (phrase != null) {
                return phrase;
            }
            if (PlaceNames.KNOWN.contains(w)) {
                return w;
            }
            if (TermExtractor.isNumber(w)
                    || CalendarWords.MONTHS.containsKey(w)
                    || CalendarWords.WEEKDAYS.containsKey(w)
                    || Vocabulary.UNITS.containsKey(w)
                    || Vocabulary.PRODUCTS.containsKey(w)) {
                return null;
            }
            if (NotPlaces.contains(w) || PlaceMarkers.isWeak(w) || isDeliveryWord(w)) {
                continue;
            }
            if (j + 1 < t.size()
                    && (t.get(j + 1).startsWith("shilling") || t.get(j + 1).equals("shilingi"))) {
                return null; // "in uganda shillings" is a currency, not a place
            }
            return w.length() >= 3 && w.matches("[a-z'\\-]+") ? w : null;
        }
        return null;
    }

    private static String title(String name) {
        StringBuilder titled = new StringBuilder();
        for (String word : name.replace("'", "").split(" ")) {
            titled.append(titled.length() == 0 ? "" : " ")
                    .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return titled.toString();
    }
}
