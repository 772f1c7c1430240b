package com.voicepact.domain.extraction;

import java.util.Locale;
import java.util.Optional;

/**
 * The extractor's product and unit words for a name typed outside a call (a correction by SMS, {@code BIDHAA-<id>
 * mahindi}): the same canonical names a call's terms get, from the one lexicon ({@link Vocabulary}, {@link
 * ProductNames}).
 */
public final class Lexicon {

    private Lexicon() {}

    /** The canonical product {@code typed} names ({@code mahindi}, {@code Maize}, {@code H614}: {@code maize}); empty for a word the lexicon lacks. */
    public static Optional<String> product(String typed) {
        String word = key(typed);
        String product = Vocabulary.PRODUCTS.getOrDefault(word, ProductNames.TRADE.get(word));
        return Optional.ofNullable(product);
    }

    /** The canonical unit {@code typed} names ({@code gunia}, {@code Bags}: {@code bag}); empty for a word the lexicon lacks. */
    public static Optional<String> unit(String typed) {
        String word = key(typed);
        return Vocabulary.unit(word).or(() -> Vocabulary.unit(Vocabulary.singular(word)));
    }

    private static String key(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
