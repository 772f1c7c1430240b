package com.voicepact.domain.extraction;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage 1 of term extraction: a transcript as speech-to-text prints it becomes lower-case words with every number
 * as digits. Numeric dates are spelled, ordinals become numbers, fillers, stutters and money slang are resolved
 * ({@link SpokenShorthands}), spoken numbers become digits ({@link NumberWords}), and the ways of saying "for the
 * whole lot" become the word "total".
 */
final class Normaliser {

    private static final Pattern POINT = Pattern.compile("\\b(\\d+) point ((?:\\d )*\\d)\\b");
    private static final Pattern REPEATED_FIGURE = Pattern.compile("\\b(\\d+)(?: \\|)? \\1\\b");

    /** "the matatu", "kwa matatu": the minibus, never the number three ("magunia matatu" is). */
    private static final Pattern VEHICLE =
            Pattern.compile("\\b(the|a|by|on|in|my|your|our|this|that|kwa|kwenye|ndani)\\s+matatu\\b");

    private Normaliser() {}

    /** Lower case, spoken numbers as digits, ordinals as numbers, punctuation gone; never null. */
    static String normalise(String transcript) {
        return withPauses(transcript).replace("|", " ").replaceAll("\\s+", " ").strip();
    }

    /** The indexes of the words of {@link #normalise} that follow a pause (a comma, a full stop, a new speaker). */
    static Set<Integer> pausesBefore(String withPauses) {
        Set<Integer> pauses = new HashSet<>();
        int index = 0;
        boolean pause = false;
        for (String token : withPauses.split(" ")) {
            if (token.equals("|")) {
                pause = true;
            } else if (!token.isEmpty()) {
                if (pause) {
                    pauses.add(index);
                }
                pause = false;
                index++;
            }
        }
        return pauses;
    }

    /** As {@link #normalise}, with each pause kept as the word "|". */
    static String withPauses(String transcript) {
        String lower = WrittenForms.read(transcript.toLowerCase(Locale.ROOT));
        // A line break is a new speaker even without a label: "sixty thousand\nseventy is fair" is two numbers.
        lower = VEHICLE.matcher(lower.replaceAll("[\\r\\n]+", " | ")).replaceAll("$1 mat");
        String text = Dates.spellNumericDates(lower.replace('\u2019', '\''));
        text = text.replaceAll("(\\d),(\\d{3})", "$1$2").replaceAll("(\\d),(\\d{3})", "$1$2");
        // A pause (comma, full stop, question) ends a spoken number: "magunia sabini, elfu tatu" is 70 and 3000.
        text = text.replaceAll("[,;:?!]|(?<!\\d)\\.|\\.(?!\\d)", " | ").replaceAll("[^a-z0-9.'|\\- ]", " ");
        text = text.replaceAll("(\\d+)(st|nd|rd|th)\\b", "$1")
                .replaceAll("\\s+", " ")
                .strip();
        text = Ordinals.replace(text.replaceAll("\\b([a-z]+ty)-([a-z]+)\\b", "$1 $2")); // twenty-five
        text = NumberWords.digits(SpokenShorthands.rewrite(text))
                .replaceAll("\\|( \\|)+", "|")
                .replaceAll("\\s+", " ")
                .strip();
        text = POINT.matcher(text).replaceAll(m -> m.group(1) + "." + m.group(2).replace(" ", "")); // one point five
        text = text.replaceAll("\\b(\\d+) flat\\b", "$1"); // "2000 flat": exactly 2000
        return SpokenShorthands.totals(REPEATED_FIGURE.matcher(text).replaceAll("$1")); // "500 500 kilos" is 500
    }
}
