package com.voicepact.domain.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The delivery place: the word after a delivery word ("deliver to Eldoret", "tutaleta Gikomba",
 * "pick them at Nakuru depot"), or, failing that, after "to"/"at"/"in". The last one said wins;
 * known Kenyan and regional place names count even without such a word.
 */
final class Places {

    record Place(String name, double confidence) { }

    static final Set<String> KNOWN = Set.of("nairobi", "mombasa", "kisumu", "nakuru", "eldoret", "thika", "kitale", "nyeri",
            "machakos", "meru", "embu", "kericho", "kakamega", "bungoma", "busia", "kisii", "naivasha", "nanyuki", "narok", "malindi",
            "kitui", "voi", "garissa", "isiolo", "muranga", "murang'a", "kiambu", "limuru", "ruiru", "gikomba", "wakulima",
            "marikiti", "mwea", "kirinyaga", "karatina", "webuye", "kapsabet", "bomet", "homa", "migori", "siaya", "kajiado",
            "ongata", "kitengela", "athi", "juja", "kerugoya", "maua", "chuka", "nyahururu", "molo", "njoro", "litein", "sotik",
            "kampala", "jinja", "mbale", "gulu", "mbarara", "arusha", "moshi", "mwanza", "dodoma", "tanga", "kigali");

    private Places() {
    }

    static Place find(List<String> t) {
        Place strong = null;
        Place weak = null;
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i);
            if (TermExtractor.isStrongPlaceWord(w) || TermExtractor.isWeakPlaceWord(w)) {
                String candidate = candidateAfter(t, i + 1, TermExtractor.isStrongPlaceWord(w) ? 4 : 2);
                if (candidate != null) {
                    boolean isStrong = TermExtractor.isStrongPlaceWord(w) || KNOWN.contains(candidate);
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
        return t.stream().filter(KNOWN::contains).reduce((a, b) -> b).map(p -> new Place(title(p), 0.7)).orElse(null);
    }

    /** The first word within {@code reach} that can be a place name (skipping "the", "them at", ...). */
    private static String candidateAfter(List<String> t, int from, int reach) {
        for (int j = from; j < Math.min(t.size(), from + reach); j++) {
            String w = t.get(j);
            if (KNOWN.contains(w)) {
                return w;
            }
            if (TermExtractor.isNumber(w) || Vocabulary.MONTHS.containsKey(w) || Vocabulary.WEEKDAYS.containsKey(w)
                    || Vocabulary.UNITS.containsKey(w) || Vocabulary.PRODUCTS.containsKey(w)) {
                return null;
            }
            if (Vocabulary.NOT_PLACES.contains(w) || TermExtractor.isVerbOrFiller(w) || TermExtractor.isWeakPlaceWord(w)
                    || TermExtractor.isStrongPlaceWord(w)) {
                continue;
            }
            if (j + 1 < t.size() && (t.get(j + 1).startsWith("shilling") || t.get(j + 1).equals("shilingi"))) {
                return null; // "in uganda shillings" is a currency, not a place
            }
            return w.length() >= 3 && w.matches("[a-z'\\-]+") ? w : null;
        }
        return null;
    }

    private static String title(String word) {
        String clean = word.replace("'", "");
        return clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
    }
}
