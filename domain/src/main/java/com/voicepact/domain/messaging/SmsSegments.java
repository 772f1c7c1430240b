package com.voicepact.domain.messaging;

/**
 * How many SMS a text costs: GSM-7 fits 160 characters in one message and 153 per part when split
 * (extension characters such as {@code €} or {@code [} count twice); any other character makes the
 * whole text UCS-2: 70, then 67 per part.
 */
public final class SmsSegments {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "^{}\\[~]|€\f";

    private SmsSegments() {}

    public static int count(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return ucs2(text.length()); // UTF-16 code units, as UCS-2 counts them
            }
        }
        return septets <= 160 ? 1 : (septets + 152) / 153;
    }

    private static int ucs2(int units) {
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    /**
     * The text as GSM-7 can carry it, for quoting a user's own words in our messages: typographic
     * quotes, dashes, ellipses and unusual spaces become their plain forms, any other character
     * outside GSM-7 (an emoji, a right-to-left mark) is left out. One such character would otherwise
     * turn the whole SMS into UCS-2 and more than double its parts.
     */
    public static String foldToGsm7(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String plain = switch (cp) {
                case '\u2018', '\u2019', '\u201A', '\u2032' -> "'";
                case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> "\"";
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
                case '\u2026' -> "...";
                case '\t', '\u00A0', '\u2007', '\u202F', '\u3000' -> " ";
                default -> Character.isSpaceChar(cp) ? " " : Character.toString(cp);
            };
            if (isGsm7(plain)) {
                out.append(plain);
            }
        });
        return out.toString();
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
    }
}
