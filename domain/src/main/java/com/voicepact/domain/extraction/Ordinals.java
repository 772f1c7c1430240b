package com.voicepact.domain.extraction;

import java.util.LinkedHashMap;
import java.util.Map;

/** Spoken ordinals as numbers ("the fifth of october" -> "the 5 of october", "tarehe mosi" -> "tarehe 1"). */
final class Ordinals {

    private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

    static {
        String[] units = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
        String[] teens = {
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth"
        };
        for (int i = 0; i < units.length; i++) {
            WORDS.put("twenty " + units[i], 21 + i);
            WORDS.put("twenty-" + units[i], 21 + i);
        }
        WORDS.put("thirty first", 31);
        WORDS.put("thirty-first", 31);
        WORDS.put("twentieth", 20);
        WORDS.put("thirtieth", 30);
        for (int i = 0; i < teens.length; i++) {
            WORDS.put(teens[i], 10 + i);
        }
        for (int i = 0; i < units.length; i++) {
            WORDS.put(units[i], 1 + i);
        }
        WORDS.put("mosi", 1); // Swahili "first", of a day: "tarehe mosi"
    }

    private Ordinals() {}

    static String replace(String text) {
        String out = " " + text + " ";
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            out = out.replace(" " + e.getKey() + " ", " " + e.getValue() + " ");
        }
        return out.strip();
    }
}
