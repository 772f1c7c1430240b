package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.NumberLexicon.SCALES_AFTER;
import static com.voicepact.domain.extraction.NumberWords.replaceAll;

import java.util.Map;
import java.util.regex.Pattern;

/** Halves said in words, before the number reader: "laki tatu na nusu", "nusu tani", "two and a half thousand". */
final class Halves {

    private static final Pattern NA_NUSU =
            Pattern.compile("\\b(mia|elfu|laki|milioni)((?: (?!mia\\b|elfu\\b|laki\\b|milioni\\b)[a-z]+)*) na nusu\\b");
    private static final Map<String, String> HALF_OF =
            Map.of("mia", "hamsini", "elfu", "mia tano", "laki", "elfu hamsini", "milioni", "laki tano");
    private static final Pattern HALF_SCALE = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|a) and a half (hundred|thousand|million)\\b");
    private static final Pattern HALF_UNIT = Pattern.compile("\\b(?:nusu|half an?) ([a-z]+)\\b");

    private Halves() {}

    /** "laki tatu na nusu" = 350000, "nusu tani" / "half a tonne" = 0.5 tonne, "two and a half" = 2.5. */
    static String said(String text) {
        String swahili = replaceAll(NA_NUSU, text, m -> m.group(1) + m.group(2) + " na " + HALF_OF.get(m.group(1)));
        String units = replaceAll(
                HALF_UNIT, swahili, m -> Vocabulary.UNITS.containsKey(m.group(1)) ? "0.5 " + m.group(1) : m.group());
        String scaled = replaceAll(
                HALF_SCALE,
                units,
                m -> (NumberLexicon.UNITS.get(m.group(1)) * 2 + 1) * SCALES_AFTER.get(m.group(2)) / 2
                        + ""); // "two and a half thousand" = 2500
        return scaled.replaceAll("\\band a half\\b", "point five");
    }
}
