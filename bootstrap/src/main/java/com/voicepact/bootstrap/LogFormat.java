package com.voicepact.bootstrap;

import java.util.Locale;
import java.util.Set;

/**
 * Which console appender {@code logback.xml} writes with: {@code json} when {@code LOG_FORMAT} says so, else
 * {@code plain}. Logback configures itself before the settings are read, so it applies this rule itself
 * ({@link LogFormatFilter}); an unknown value logs plain text and is then refused at start by {@link ServiceSettings},
 * with the variable named.
 */
final class LogFormat {

    /** The values {@code LOG_FORMAT} may take. */
    static final Set<String> FORMATS = Set.of("plain", "json");

    private LogFormat() {}

    /** {@code json} or {@code plain} for the variable's value ({@code null}, empty and unknown values: plain). */
    static String chosenBy(String value) {
        return value != null && "json".equals(value.strip().toLowerCase(Locale.ROOT)) ? "json" : "plain";
    }
}
