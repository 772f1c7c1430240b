package com.voicepact.domain.extraction;

import java.util.Map;

/** The number words of English and Swahili market talk, with their values, for {@link NumberWords}. */
final class NumberLexicon {

    /** Numbers said as one word, English and Swahili; "a" is one only before a scale ("a hundred"). */
    static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("zero", 0L),
            Map.entry("one", 1L),
            Map.entry("a", 1L),
            Map.entry("two", 2L),
            Map.entry("three", 3L),
            Map.entry("four", 4L),
            Map.entry("five", 5L),
            Map.entry("six", 6L),
            Map.entry("seven", 7L),
            Map.entry("eight", 8L),
            Map.entry("nine", 9L),
            Map.entry("ten", 10L),
            Map.entry("eleven", 11L),
            Map.entry("twelve", 12L),
            Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L),
            Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L),
            Map.entry("thirty", 30L),
            Map.entry("forty", 40L),
            Map.entry("fourty", 40L),
            Map.entry("fifty", 50L),
            Map.entry("sixty", 60L),
            Map.entry("seventy", 70L),
            Map.entry("eighty", 80L),
            Map.entry("ninety", 90L),
            Map.entry("moja", 1L),
            Map.entry("mmoja", 1L),
            Map.entry("wawili", 2L),
            Map.entry("mawili", 2L),
            Map.entry("viwili", 2L),
            Map.entry("watatu", 3L),
            Map.entry("matatu", 3L),
            Map.entry("vitatu", 3L),
            Map.entry("wanne", 4L),
            Map.entry("manne", 4L),
            Map.entry("vinne", 4L),
            Map.entry("watano", 5L),
            Map.entry("matano", 5L),
            Map.entry("vitano", 5L),
            Map.entry("wanane", 8L),
            Map.entry("manane", 8L),
            Map.entry("vinane", 8L),
            Map.entry("mbili", 2L),
            Map.entry("tatu", 3L),
            Map.entry("nne", 4L),
            Map.entry("tano", 5L),
            Map.entry("sita", 6L),
            Map.entry("saba", 7L),
            Map.entry("nane", 8L),
            Map.entry("tisa", 9L),
            Map.entry("kumi", 10L),
            Map.entry("ishirini", 20L),
            Map.entry("thelathini", 30L),
            Map.entry("arobaini", 40L),
            Map.entry("hamsini", 50L),
            Map.entry("sitini", 60L),
            Map.entry("sabini", 70L),
            Map.entry("themanini", 80L),
            Map.entry("tisini", 90L));
    /** English puts the multiplier first and the scale after: two hundred, five thousand. */
    static final Map<String, Long> SCALES_AFTER = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L);
    /**
     * Swahili puts the multiplier first: mia tano = 500, elfu tatu = 3000, laki mbili = 200000; so does the slang
     * "mbao" (a twenty-shilling coin): mbao tatu = 60.
     */
    static final Map<String, Long> SCALES_BEFORE =
            Map.of("mia", 100L, "elfu", 1_000L, "laki", 100_000L, "milioni", 1_000_000L, "mbao", 20L);

    private NumberLexicon() {}

    /** A word a spoken number is made of, or digits. */
    static boolean isNumberWord(String t) {
        return UNITS.containsKey(t) || SCALES_AFTER.containsKey(t) || SCALES_BEFORE.containsKey(t) || t.matches("\\d+");
    }
}
