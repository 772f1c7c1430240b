package com.voicepact.adapter.in.web.body;

import com.voicepact.domain.InvalidValueException;

/**
 * Where the first JSON value of a text ends, so that a body holding more than one value
 * ({@code {"a":1} xyz}, {@code {...}{...}}) is refused instead of read up to its first value and
 * stored, which is what the JSON reader does by itself. Only the value's extent is found here (brackets
 * outside strings, strings with their escapes); whether the value is valid JSON is the reader's judgement.
 */
public final class JsonText {

    /** The reason every such refusal gives. */
    public static final String TRAILING = "the body has more after the JSON value; send exactly one JSON object";

    private JsonText() {
    }

    /** @throws InvalidValueException {@link #TRAILING} when anything but white space follows the first JSON value */
    public static void requireOneValue(String text) {
        InvalidValueException.require(!hasMoreAfterFirstValue(text), TRAILING);
    }

    /** True when something other than JSON white space follows the first value; false for one value, or one the text cuts short. */
    static boolean hasMoreAfterFirstValue(String text) {
        int end = endOfFirstValue(text, skipSpace(text, text.startsWith("\uFEFF") ? 1 : 0));
        return end >= 0 && skipSpace(text, end) < text.length();
    }

    /** The index just after the value starting at {@code i}; -1 when the text ends inside it. */
    private static int endOfFirstValue(String s, int i) {
        if (i >= s.length()) {
            return -1;
        }
        char first = s.charAt(i);
        if (first == '"') {
            return endOfString(s, i + 1);
        }
        if (first != '{' && first != '[') {
            while (i < s.length() && !isSpace(s.charAt(i)) && "{}[],:\"".indexOf(s.charAt(i)) < 0) {
                i++; // a number or a literal ends at white space or at structure
            }
            return i;
        }
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i = endOfString(s, i + 1);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** The index just after the closing quote of a string whose content starts at {@code i}; -1 when unclosed. */
    private static int endOfString(String s, int i) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** JSON's white space (RFC 8259): space, tab, line feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
