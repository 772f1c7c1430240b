package com.voicepact.domain.messaging;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every text a phone user reads (SMS and USSD), in English and Swahili. Placeholders are {@code {0}},
 * {@code {1}}, ... A key missing in one language is a test failure, not a runtime surprise. The texts
 * live by area ({@link ContractTexts}, {@link EscrowTexts}, {@link DeliveryTexts}, {@link UssdTexts});
 * this is the one way in.
 */
public final class Catalog {

    /** Every English text, gathered from the areas; a key in two areas fails here, at class load. */
    static final Map<String, String> EN =
            merge(ContractTexts.EN, EscrowTexts.EN, DeliveryTexts.EN, UssdTexts.EN, CorrectionTexts.EN);

    /** Every Swahili text, gathered the same way. */
    static final Map<String, String> SW =
            merge(ContractTexts.SW, EscrowTexts.SW, DeliveryTexts.SW, UssdTexts.SW, CorrectionTexts.SW);

    private Catalog() {}

    public static String text(Language language, String key, Object... args) {
        String pattern = (language == Language.SW ? SW : EN).get(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + language);
        }
        String text = pattern.replace("''", "'");
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", inline(String.valueOf(args[i])));
        }
        return text;
    }

    @SafeVarargs
    private static Map<String, String> merge(Map<String, String>... areas) {
        return Stream.of(areas)
                .flatMap(area -> area.entrySet().stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * A value as it may stand inside a message: line breaks and tabs become spaces, and control and
     * format characters (NUL, right-to-left overrides, zero-width marks) are left out. A value typed by
     * someone (a product name, a dispute reason) can then never add a line of its own to an official
     * message ("Reply YES-... to pay KES 1,000,000") or reorder what the reader sees.
     */
    static String inline(String value) {
        return com.voicepact.domain.common.PlainText.clean(value);
    }
}
