package com.voicepact.domain.extraction;

import static com.voicepact.domain.extraction.NumberLexicon.SCALES_AFTER;
import static com.voicepact.domain.extraction.NumberLexicon.SCALES_BEFORE;
import static com.voicepact.domain.extraction.NumberLexicon.UNITS;
import static com.voicepact.domain.extraction.NumberLexicon.isNumberWord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers said in words (English and Swahili) and spoken shorthands ({@code 3.5k},
 * {@code 3,500}, {@code 2m}) as plain digits, so the rules downstream see one kind of number:
 * {@code elfu tatu na mia tano} -> 3500, {@code laki mbili} -> 200000, {@code two hundred thousand} -> 200000.
 */
final class NumberWords {

    private static final Pattern SHORTHAND = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s?(k|m)\\b");
    private static final Pattern DIGITS_SCALE = Pattern.compile("\\b(\\d+(?:\\.\\d+)?) (thousand|million)\\b");
    private static final Pattern GROUPED = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");

    private NumberWords() {}

    static String digits(String text) {
        String grouped = replaceAll(GROUPED, text, m -> m.group().replace(",", ""));
        String shorthand = replaceAll(
                SHORTHAND,
                grouped,
                m -> new BigDecimal(m.group(1))
                        .multiply(BigDecimal.valueOf(m.group(2).equals("k") ? 1_000 : 1_000_000))
                        .stripTrailingZeros()
                        .toPlainString());
        shorthand = replaceAll(
                DIGITS_SCALE,
                shorthand,
                m -> new BigDecimal(m.group(1)) // "2.4 million", "45 thousand"
                        .multiply(BigDecimal.valueOf(SCALES_AFTER.get(m.group(2))))
                        .stripTrailingZeros()
                        .toPlainString());
        return words(Halves.said(shorthand));
    }

    interface Replacement {
        String apply(Matcher m);
    }

    static String replaceAll(Pattern pattern, String text, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Replaces each run of number words (joined by "and"/"na") with its value. */
    private static String words(String text) {
        String[] tokens = text.split(" ");
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = runEnd(tokens, i);
            if (end > i && !(end - i == 1 && tokens[i].equals("a"))) {
                out.add(Long.toString(value(tokens, i, end)));
                i = end;
            } else {
                out.add(tokens[i]);
                i++;
            }
        }
        return String.join(" ", out);
    }

    /** The end (exclusive) of a run of number words starting at {@code start}; "and"/"na" may join words inside a run. */
    private static int runEnd(String[] tokens, int start) {
        if (!isNumberWord(tokens[start])
                || tokens[start].matches("\\d+")
                || (tokens[start].equals("a") && !beforeScale(tokens, start))) {
            return start;
        }
        int end = start;
        int i = start;
        long bigAfter = 0; // the last English scale of a thousand or more in this run
        long bigBefore = 0; // the same for Swahili scales
        int afterBigScale = start;
        while (i < tokens.length) {
            long after = SCALES_AFTER.getOrDefault(tokens[i], 0L);
            long before = SCALES_BEFORE.getOrDefault(tokens[i], 0L);
            if ((after >= 1_000 && bigAfter > 0 && after >= bigAfter)
                    || (before >= 1_000 && bigBefore > 0 && before >= bigBefore)) {
                // a scale said again: a new number ("three thousand five hundred three thousand" without a pause)
                return after > 0 ? (afterBigScale > start ? afterBigScale : end) : i;
            }
            bigAfter = after >= 1_000 ? after : bigAfter;
            bigBefore = before >= 1_000 ? before : bigBefore;
            afterBigScale = after >= 1_000 ? i + 1 : afterBigScale;
            if (tokens[i].equals("a") && (i > start || !beforeScale(tokens, i))) {
                break; // "a" is one only in "a hundred", "a thousand": "three thousand a crate" is 3000 per crate
            }
            boolean multiplier = i > start && SCALES_BEFORE.containsKey(tokens[i - 1]);
            if (isNumberWord(tokens[i])
                    && (!tokens[i].matches("\\d+")
                            || (multiplier && isMultiplier(tokens[i])))) { // "elfu 2" (thao 2) is 2000
                if (UNITS.containsKey(tokens[i])
                        && !multiplier
                        && !tokens[i - (i > start ? 1 : 0)].equals("na")
                        && i + 1 < tokens.length
                        && SCALES_BEFORE.containsKey(tokens[i + 1])) {
                    end = i + 1;
                    break; // "kila moja elfu tano": one each, 5000; a Swahili multiplier follows its scale, never
                    // precedes it
                }
                end = ++i;
            } else if ((tokens[i].equals("and") || tokens[i].equals("na"))
                    && i + 1 < tokens.length
                    && isNumberWord(tokens[i + 1])
                    && !tokens[i + 1].matches("\\d+")
                    && !tokens[i + 1].equals("a")) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isMultiplier(String token) {
        return (UNITS.containsKey(token) && !token.equals("a")) || token.matches("\\d{1,3}");
    }

    private static boolean beforeScale(String[] tokens, int i) {
        return i + 1 < tokens.length && SCALES_AFTER.containsKey(tokens[i + 1]);
    }

    private static long value(String[] tokens, int start, int end) {
        boolean lakhsSaid = false;
        long total = 0;
        long current = 0;
        for (int i = start; i < end; i++) {
            String t = tokens[i];
            if (t.equals("and") || t.equals("na")) {
                continue;
            }
            if (SCALES_BEFORE.containsKey(t)) {
                long scale = SCALES_BEFORE.get(t);
                long multiplier = 0;
                int j = i + 1;
                while (j < end && isMultiplier(tokens[j])) {
                    multiplier += tokens[j].matches("\\d+") ? Long.parseLong(tokens[j]) : UNITS.get(tokens[j]);
                    j++;
                    if (j < end
                            && tokens[j].equals("na")
                            && j + 1 < end
                            && UNITS.containsKey(tokens[j + 1])
                            && UNITS.get(tokens[j + 1]) < 10
                            && multiplier >= 10
                            && multiplier % 10 == 0) {
                        j++; // kumi na tano inside a multiplier: elfu kumi na tano = 15000
                    } else {
                        break;
                    }
                }
                total += current;
                current = 0;
                total += scale * Math.max(multiplier, 1);
                lakhsSaid = scale == 100_000;
                i = j - 1;
            } else if (SCALES_AFTER.containsKey(t)) {
                long scale = SCALES_AFTER.get(t);
                if (scale == 100) {
                    current = Math.max(current, 1) * 100;
                } else {
                    total += Math.max(current, 1) * scale;
                    current = 0;
                }
            } else {
                long said = t.matches("\\d{1,3}") ? Long.parseLong(t) : UNITS.getOrDefault(t, 0L);
                current += lakhsSaid && total % 100_000 == 0 ? said * 1_000 : said; // "laki moja sabini" = 170000
            }
        }
        return total + current;
    }
}
