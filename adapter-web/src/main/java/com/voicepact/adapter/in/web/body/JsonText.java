package com.voicepact.adapter.in.web.body;

import com.voicepact.domain.InvalidValueException;

/**
 * The checks the JSON reader does not make by itself, run once on every JSON body: a body must start
 * with a JSON value ({@code xyz {...}} is not JSON), hold exactly one ({@code {"a":1} xyz} and
 * {@code {...}{...}} are refused instead of read up to the first value and stored), and name each key
 * once per object ({@code "unit_price":3000,"unit_price":1} is refused, where the reader kept the first
 * silently). Only the value's extent and its keys are found here (brackets outside strings, strings with
 * their escapes); whether the value is otherwise valid JSON is the reader's judgement.
 */
public final class JsonText {

    /** The reason every such refusal gives. */
    public static final String TRAILING = "the body has more after the JSON value; send exactly one JSON object";

    private JsonText() {}

    /** The reason for a body that does not start as JSON does. */
    public static final String NOT_JSON = "the body is not valid JSON; send one JSON object, starting with '{'";

    private static final java.util.regex.Pattern LITERAL =
            java.util.regex.Pattern.compile("true|false|null|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /**
     * @throws InvalidValueException {@link #NOT_JSON} when the text does not start with a JSON value,
     *         {@link #TRAILING} when anything but white space follows the first one, or "the key 'k' appears
     *         more than once in one JSON object" when an object repeats a key (as written after unescaping)
     */
    public static void requireOneValue(String text) {
        int start = skipSpace(text, text.startsWith("\uFEFF") ? 1 : 0);
        if (start < text.length() && "{[\"".indexOf(text.charAt(start)) < 0) {
            InvalidValueException.require(
                    LITERAL.matcher(text.substring(start, endOfFirstValue(text, start)))
                            .matches(),
                    NOT_JSON);
        }
        InvalidValueException.require(!hasMoreAfterFirstValue(text), TRAILING);
        String repeated = repeatedKey(text);
        InvalidValueException.require(
                repeated == null,
                "the key '" + repeated + "' appears more than once in one JSON object; send each key once");
    }

    /** The first key an object of the text names twice (unescaped, cut to 40 characters); null when none does. */
    static String repeatedKey(String s) {
        java.util.Deque<java.util.Set<String>> open = new java.util.ArrayDeque<>();
        java.util.Set<String> array = java.util.Set.of(); // marks a list on the stack: its strings are values, not keys
        boolean keyNext = false;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = JsonStrings.endOfString(s, i + 1);
                if (end < 0) {
                    return null;
                }
                if (keyNext && !open.isEmpty() && open.peek() != array) {
                    String key = JsonStrings.unescaped(s.substring(i + 1, end - 1));
                    if (!open.peek().add(key)) {
                        return key.length() <= 40 ? key : key.substring(0, 40) + "...";
                    }
                }
                keyNext = false;
                i = end;
                continue;
            }
            if (c == '{') {
                open.push(new java.util.HashSet<>());
                keyNext = true;
            } else if (c == '[') {
                open.push(array);
                keyNext = false;
            } else if (c == '}' || c == ']') {
                open.poll();
                keyNext = false;
            } else if (c == ',') {
                keyNext = !open.isEmpty() && open.peek() != array;
            } else if (!isSpace(c)) {
                keyNext = false;
            }
            i++;
        }
        return null;
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
            return JsonStrings.endOfString(s, i + 1);
        }
        if (first != '{' && first != '[') { // NOT_JSON is checked on this token by the caller
            while (i < s.length() && !isSpace(s.charAt(i)) && "{}[],:\"".indexOf(s.charAt(i)) < 0) {
                i++; // a number or a literal ends at white space or at structure
            }
            return i;
        }
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') {
                i = JsonStrings.endOfString(s, i + 1);
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
