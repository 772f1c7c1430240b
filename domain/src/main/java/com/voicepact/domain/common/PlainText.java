package com.voicepact.domain.common;

import com.voicepact.domain.InvalidValueException;

/**
 * The one rule for free text entered over the API (a product, a unit, a place, a name, quality
 * requirements, a dispute reason): plain text on one line. Control characters (C0 and C1, line breaks
 * and tabs included, DEL) and the invisible formatting characters that reorder or hide text
 * (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF, and the line and paragraph separators
 * U+2028/U+2029) are refused, so that a value cannot forge a line of an official message
 * ({@code Maize\nReply YES-AG-... to pay KES 1,000,000}), reorder what its reader sees, or be stored
 * with a NUL. Text a farmer typed on a phone (an SMS, a transcript) is not refused but {@link #clean}ed:
 * the same characters become a space or disappear, as they do when a value is put into a message.
 */
public final class PlainText {

    private PlainText() {
    }

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
            if (cp == '\n' || cp == '\r' || cp == '\t' || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    static boolean isRefused(int cp) {
        return Character.getType(cp) == Character.CONTROL || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029;
    }
}
