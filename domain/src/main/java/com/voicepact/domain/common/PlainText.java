package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;

/**
 * The one rule for free text entered over the API (a product, a unit, a place, a name, quality
 * requirements, a dispute reason): plain text on one line. Control characters (C0 and C1, line breaks
 * and tabs included, DEL), every invisible formatting character that reorders or hides text (the
 * Unicode class Cf: U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+061C, U+2060, U+00AD, U+FEFF, tag
 * characters, ...), lone surrogates and the line and paragraph separators are refused (see
 * {@link #isRefused}), so that a value cannot forge a line of an official message
 * ({@code Maize\nReply YES-AG-... to pay KES 1,000,000}), reorder what its reader sees, or be stored
 * with a NUL. Text a farmer typed on a phone (an SMS, a transcript) is not refused but {@link #clean}ed:
 * the same characters become a space or disappear, as they do when a value is put into a message.
 */
public final class PlainText {

    private PlainText() {}

    /**
     * @return the value unchanged (null stays null)
     * @throws InvalidValueException "{@code <field> contains a control or invisible formatting character (U+000A); send
     *         plain text on one line}"
     */
    public static String require(String value, String field) {
        if (value == null) {
            return null;
        }
        value.codePoints().filter(PlainText::isRefused).findFirst().ifPresent(cp -> {
            throw new InvalidValueException(field + " contains a control or invisible formatting character ("
                    + String.format("U+%04X", cp) + "); send plain text on one line");
        });
        return value;
    }

    /** The value with line breaks and tabs as spaces and every other refused (or formatting) character left out. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (cp == '\n'
                    || cp == '\r'
                    || cp == '\t'
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (!isRefused(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * Refused by class, not by a list, so that no invisible character is forgotten: controls (Cc),
     * formatting characters (Cf: bidi marks and overrides, zero-width characters, the soft hyphen, tag
     * characters), lone surrogates (Cs), line and paragraph separators, private-use and unassigned code
     * points; and the few visible-nothing characters of other classes (the combining grapheme joiner,
     * U+FFFC and U+FFFD, which stand for content that is not there).
     */
    static boolean isRefused(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || cp == 0x034F
                || cp == 0xFFFC
                || cp == 0xFFFD;
    }
}
