package com.voicepact.bootstrap;

import ch.qos.logback.core.PropertyDefinerBase;
import java.util.Locale;
import java.util.Set;

/**
 * Which console appender {@code logback.xml} uses: {@code json} when {@code LOG_FORMAT} says so, else {@code plain}.
 * Logback configures itself before the settings are read, so it reads the variable here (as {@code <format>}); an
 * unknown value logs plain text and is then refused at start by {@link ServiceSettings}, with the variable named.
 */
public final class LogFormat extends PropertyDefinerBase {

    /** The values {@code LOG_FORMAT} may take. */
    static final Set<String> FORMATS = Set.of("plain", "json");

    private String format = "plain";

    /** Set by logback from the {@code <format>} element (the variable's value, possibly empty). */
    public void setFormat(String format) {
        this.format = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPropertyValue() {
        return "json".equals(format) ? "json" : "plain";
    }
}
