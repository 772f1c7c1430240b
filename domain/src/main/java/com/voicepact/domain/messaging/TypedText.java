package com.voicepact.domain.messaging;

import java.text.Normalizer;

/**
 * The text with every space as {@code ' '}, every dash as {@code '-'}, compatibility forms folded
 * (NFKC, so full-width {@code ＹＥＳ} is {@code YES}) and invisible format characters dropped; each
 * character remembers where it came from, so a reason can be cut from the original.
 */
record TypedText(String text, int[] origin, String original) {

    static TypedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() * 4 + 1];
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            String folded = fold(cp);
            for (int k = 0; k < folded.length(); k++) {
                origin[out.length()] = i;
                out.append(folded.charAt(k));
            }
            i += Character.charCount(cp);
        }
        origin[out.length()] = original.length();
        return new TypedText(out.toString(), origin, original);
    }

    private static String fold(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return ""; // zero-width space and joiner, byte-order mark, soft hyphen
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION
                || cp == '\u2212'
                || cp == '\u2043') {
            return "-";
        }
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
    }

    /** The original text from the character at {@code index} on, after any of {@code lead} at its start. */
    String originalFrom(int index, String lead) {
        int at = index;
        while (at < text.length() && lead.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return original.substring(origin[at]);
    }
}
