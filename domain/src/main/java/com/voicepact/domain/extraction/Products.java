package com.voicepact.domain.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The product of the contract: a name the vocabulary knows, or the word after "{@code <unit> of}". */
final class Products {

    private Products() {}

    /** The first product the vocabulary knows (two-word names first), else the word after "<unit> of". */
    static String find(List<String> t) {
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
            if (Vocabulary.unit(t.get(i)).isPresent()
                    && Set.of("of", "ya", "za", "la").contains(t.get(i + 1))
                    && !TermExtractor.isNumber(t.get(i + 2))) {
                return Vocabulary.singular(t.get(i + 2));
            }
        }
        return null;
    }
}
