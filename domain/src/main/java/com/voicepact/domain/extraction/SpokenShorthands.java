package com.voicepact.domain.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The speech-to-text and market-slang rewrites the number reader needs first, on lower-case words: fillers dropped
 * ("eeh", "you know"), a stuttered number word said once ("twenty twenty" is 20, "elfu elfu" is elfu), money slang
 * as Swahili number words (ngiri/thao/kioo = elfu, soo = mia, finje = mia tano; mbao, twenty, is a scale of its own), and English
 * price shorthands: "two fifty" = 250, "one thirty five" = 135, "twelve fifty" = 1250, digit by digit "two four" = 24,
 * "eleven five" = 115 (haggling then scales it to the offer, see {@link Figure#scaledTo}).
 */
final class SpokenShorthands {

    private static final Pattern FILLERS =
            Pattern.compile("\\b(?:eeh|eh|ehh|aah|ah|aa|uh|um|umm|uhm|hmm|mmh|er|erm|you know|si ndio)\\b");
    private static final Map<String, String> SLANG = Map.of(
            "ngiri", "elfu",
            "thao", "elfu",
            "thaos", "elfu",
            "kioo", "elfu",
            "soo", "mia",
            "finje", "mia tano");
    private static final List<String> DIGITS =
            List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> TEENS = List.of(
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    private static final List<String> TENS =
            List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Set<String> NOT_BEFORE_SHORTHAND = Set.of("hundred", "thousand", "million", "and", "point");

    private SpokenShorthands() {}

    /** {@code text} lower case, words separated by single spaces; the same with the shorthands rewritten. */
    static String rewrite(String text) {
        String plain =
                FILLERS.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String word : plain.split(" ")) {
            String w = SLANG.getOrDefault(word, word);
            if (w.equals("elfu")
                    && !word.equals("elfu")
                    && !out.isEmpty()
                    && isEnglishNumber(out.get(out.size() - 1))) {
                w = "thousand"; // "3 thao", "tatu ngiri": said after its multiplier, like "three thousand"
            }
            boolean numberWord = NumberLexicon.isNumberWord(w) && !w.equals("a");
            if (word.equals("ngapi")
                    && !out.isEmpty()
                    && NumberLexicon.SCALES_BEFORE.containsKey(out.get(out.size() - 1))) {
                out.remove(out.size() - 1); // "ngiri ngapi", how many thousands: a question, not 1000
            }
            if (numberWord && !out.isEmpty() && out.get(out.size() - 1).equals(w)) {
                continue; // a stutter: "twenty twenty bags", "elfu elfu mbili"
            }
            out.add(w);
        }
        return priceShorthands(String.join(" ", out));
    }

    /** "two fifty" = 250, "one thirty five" = 135 (hundreds said without "hundred"), "two four" = 24. */
    private static String priceShorthands(String text) {
        String[] w = text.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            int d = DIGITS.indexOf(w[i]) + 1 + (TEENS.indexOf(w[i]) >= 0 ? TEENS.indexOf(w[i]) + 10 : 0);
            boolean free = d > 0 && (i == 0 || !NOT_BEFORE_SHORTHAND.contains(w[i - 1]));
            int tens = i + 1 < w.length ? TENS.indexOf(w[i + 1]) : -1;
            if (free && tens >= 0) {
                int value = d * 100 + (tens + 2) * 10;
                int unit = i + 2 < w.length ? DIGITS.indexOf(w[i + 2]) + 1 : 0;
                out.add(Integer.toString(value + unit));
                i += unit > 0 ? 2 : 1;
            } else if (free && i + 1 < w.length && DIGITS.contains(w[i + 1]) && !nextIsScale(w, i + 2)) {
                out.add(d + "" + (DIGITS.indexOf(w[i + 1]) + 1));
                i++;
            } else {
                out.add(w[i]);
            }
        }
        return String.join(" ", out);
    }

    private static boolean isEnglishNumber(String word) {
        return word.matches("\\d+") || DIGITS.contains(word) || TEENS.contains(word) || TENS.contains(word);
    }

    private static boolean nextIsScale(String[] w, int i) {
        return i < w.length && NumberLexicon.SCALES_AFTER.containsKey(w[i]);
    }

    private static final Pattern WHOLE_LOT = Pattern.compile(
            "\\b(?:for everything|for the whole lot|the whole lot|for all of it|all of it|for all of them"
                    + "|yote pamoja|zote pamoja|kwa jumla|in total|for the lot)\\b");
    private static final Pattern ALL_ARE = Pattern.compile("\\b(?:hizo |hizi )?(?:zote|yote) ni (?=(?:\\| )?\\d)");

    /** After the numbers are digits: the ways of saying "for everything" become the one word "total". */
    static String totals(String text) {
        return ALL_ARE.matcher(WHOLE_LOT.matcher(text).replaceAll("total")).replaceAll("total ni ");
    }
}
