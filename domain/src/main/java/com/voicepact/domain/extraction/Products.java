package com.voicepact.domain.extraction;

import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The product of the contract. Every product said is a candidate; the one nearest the deal's figures and units wins
 * ("20 bags of beans" over "my maize is not ready"), the last said on a tie (the last agreed offer). A product denied
 * ("maize is not ready", "sina mahindi") or used as a nickname ("mama nyanya") is only mentioned in passing. Failing
 * any, the word after "{@code <unit> of}".
 */
final class Products {

    /** Confidence of a product heard as the lexicon has it, and of one guessed from a misheard word. */
    static final double HEARD = 0.85;

    static final double GUESSED = 0.6;

    private static final int PASSING = 12;
    private static final int QUALIFIER = 100;
    /** After a product, words that deny it: "not ready", "bado", Swahili negatives ("hayajakomaa", "haziko", "imeisha"). */
    private static final Pattern DENIED_AFTER = Pattern.compile(
            "not|isnt|arent|finished|bado|ha(?:ya|zi|i|wa|ku)ja[a-z]+|ha(?:zi|ya|i|wa)(?:po|ko)|[a-z]*meisha|[a-z]*mekwisha");

    private static final Set<String> DENIED_BEFORE = Set.of("sina", "hakuna", "without", "hatuna");
    private static final Set<String> NICKNAME_BEFORE =
            Set.of("mama", "baba", "mzee", "mr", "mrs", "bwana", "bi", "uncle", "aunty", "auntie", "madam", "wa");

    private Products() {}

    /** The product said (canonical, e.g. "bean"), or null. */
    static String find(List<String> t) {
        return field(t).value();
    }

    /** The product said, with {@link #HEARD} confidence, or {@link #GUESSED} when only a misheard word gave it. */
    static Field<String> field(List<String> t) {
        ProductNames.Mention best = null;
        int bestScore = Integer.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            PlaceNames.Name place = PlaceNames.at(t, i);
            if (place != null && place.words().size() > 1) {
                i += place.words().size() - 1; // "Kahawa West", "Banana Hill" are places, not coffee or bananas
                continue;
            }
            ProductNames.Mention mention = ProductNames.at(t, i);
            if (mention == null) {
                continue;
            }
            int score = score(t, mention) + (mention.qualifier() ? QUALIFIER : 0);
            if (score <= bestScore) {
                best = mention;
                bestScore = score;
            }
            i += mention.length() - 1;
        }
        if (best != null) {
            return Field.of(best.product(), best.guessed() ? GUESSED : HEARD);
        }
        for (int i = 0; i + 2 < t.size(); i++) {
            if (Vocabulary.unit(t.get(i)).isPresent()
                    && Set.of("of", "ya", "za", "la").contains(t.get(i + 1))
                    && !TermExtractor.isNumber(t.get(i + 2))) {
                return Field.of(Vocabulary.singular(t.get(i + 2)), GUESSED);
            }
        }
        return Field.none();
    }

    /** Lower is likelier: words to the nearest figure or unit, more when denied, a nickname or a guess. */
    private static int score(List<String> t, ProductNames.Mention m) {
        int nearest = 8;
        for (int d = 1; d < 8; d++) {
            if (anchor(t, m.at() - d) || anchor(t, m.at() + m.length() - 1 + d)) {
                nearest = d;
                break;
            }
        }
        boolean passing = false;
        for (int j = m.at() + m.length(); j < Math.min(t.size(), m.at() + m.length() + 4); j++) {
            if (Vocabulary.PRODUCTS.containsKey(t.get(j)) || ProductNames.TRADE.containsKey(t.get(j))) {
                break; // the next product's denial is not this one's
            }
            passing |= DENIED_AFTER.matcher(t.get(j)).matches();
        }
        for (int j = Math.max(0, m.at() - 2); j < m.at(); j++) {
            passing |= DENIED_BEFORE.contains(t.get(j));
        }
        passing |= m.at() > 0 && NICKNAME_BEFORE.contains(t.get(m.at() - 1));
        return nearest + (passing ? PASSING : 0) + (m.guessed() ? 2 : 0);
    }

    private static boolean anchor(List<String> t, int i) {
        return i >= 0 && i < t.size() && (TermExtractor.isNumber(t.get(i)) || Vocabulary.UNITS.containsKey(t.get(i)));
    }
}
