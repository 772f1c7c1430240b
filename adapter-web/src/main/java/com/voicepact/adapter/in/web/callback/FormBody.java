package com.voicepact.adapter.in.web.callback;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decodes an {@code application/x-www-form-urlencoded} body the way AT's callbacks need it: tolerantly.
 * AT writes a missing value as {@code None} (its Python heritage), so {@code None}, an empty value and
 * an absent field are the same: the field is left out of the map, and callers see {@code null}.
 * Nothing here throws: a broken escape ({@code %ZZ}) is kept as the text it is, a field without
 * {@code =} has no value, a pair without a name is skipped; the callers judge the values.
 */
public final class FormBody {

    /** What AT sends for a value it does not have. */
    public static final String AT_MISSING = "None";

    private FormBody() {}

    /** Field name to decoded value, in the body's order; None, empty and absent values all absent. */
    public static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return fields;
        }
        for (String pair : body.strip().split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1)).strip();
            if (!name.isBlank() && !value.isEmpty() && !value.equals(AT_MISSING)) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    /** Percent-decoding as UTF-8 with {@code +} as space; an escape that is not two hex digits stays as written. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int i = 0;
        while (i < raw.length()) {
            int c = raw.codePointAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 3;
            } else {
                bytes.writeBytes((c == '+' ? " " : Character.toString(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
