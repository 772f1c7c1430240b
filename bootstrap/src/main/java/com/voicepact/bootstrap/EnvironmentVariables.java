package com.voicepact.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The process environment, read only through {@link Variable} constants: a value absent or blank takes the variable's
 * fallback, every value is stripped, and a value of the wrong shape is refused naming the variable.
 * Each read is remembered ({@link #read()}), so a test can show that every catalogued variable is really used.
 */
final class EnvironmentVariables {

    private final Map<String, String> values;
    private final Set<Variable> read = EnumSet.noneOf(Variable.class);

    EnvironmentVariables(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The stripped value, or null when absent or blank (the fallback is not applied). */
    String given(Variable variable) {
        read.add(variable);
        String value = values.get(variable.name());
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the variable is in the environment with nothing but blanks in it ({@code DATABASE_URL=}). */
    boolean setButBlank(Variable variable) {
        read.add(variable);
        String value = values.get(variable.name());
        return value != null && value.isBlank();
    }

    /** The stripped value, else the variable's fallback (null when it has none). */
    String text(Variable variable) {
        String value = given(variable);
        return value != null ? value : variable.fallback().orElse(null);
    }

    /** @throws StartupRefusedException when the value is not a whole number */
    long whole(Variable variable) {
        OptionalLong value = optionalWhole(variable);
        return value.orElseThrow(() -> new IllegalStateException(variable + " has no default"));
    }

    /** @throws StartupRefusedException when the value is not a whole number */
    OptionalLong optionalWhole(Variable variable) {
        String value = text(variable);
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new StartupRefusedException(variable + " must be a whole number, got '" + value + "'", e);
        }
    }

    /** A TCP port, 0 (any free port) to 65535. */
    int port(Variable variable) {
        long port = whole(variable);
        refuseIf(port < 0 || port > 65_535, variable + " must be a port from 0 to 65535, got " + port);
        return (int) port;
    }

    /** A count of seconds, 0 or more, as a {@link Duration}. */
    Duration seconds(Variable variable) {
        long seconds = whole(variable);
        refuseIf(seconds < 0, variable + " must be a number of seconds, 0 or more, got " + seconds);
        return Duration.ofSeconds(seconds);
    }

    /** A positive ISO-8601 duration ({@code PT24H}). */
    Duration isoDuration(Variable variable) {
        String text = text(variable);
        try {
            Duration parsed = Duration.parse(text);
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new StartupRefusedException(
                    variable + " must be a positive ISO-8601 duration such as "
                            + variable.fallback().orElse("PT24H") + ", got '" + text + "'",
                    e);
        }
    }

    /** {@code true} or {@code false}, any case. */
    boolean flag(Variable variable) {
        String text = text(variable).toLowerCase(Locale.ROOT);
        refuseIf(
                !text.equals("true") && !text.equals("false"), variable + " must be true or false, got '" + text + "'");
        return Boolean.parseBoolean(text);
    }

    /** The comma-separated entries, stripped, empty ones left out; empty when absent. */
    List<String> list(Variable variable) {
        String text = text(variable);
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** The variables read so far. */
    Set<Variable> read() {
        return EnumSet.copyOf(read);
    }

    /**
     * An http(s) URL with a host, or null when not set.
     *
     * @throws StartupRefusedException when the value is no such URL
     */
    String url(Variable variable) {
        String value = given(variable);
        if (value == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        refuseIf(
                uri == null
                        || uri.getHost() == null
                        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())),
                variable + " must be an http or https URL such as https://api.africastalking.com, got '" + value + "'");
        return value;
    }

    /**
     * A secret of at least {@code bytes} bytes (UTF-8), or null when not set.
     *
     * @throws StartupRefusedException when it is shorter
     */
    String secret(Variable variable, int bytes) {
        String value = given(variable);
        refuseIf(
                value != null && value.getBytes(StandardCharsets.UTF_8).length < bytes,
                variable + " must be at least " + bytes + " bytes long");
        return value;
    }

    static void refuseIf(boolean refused, String message) {
        if (refused) {
            throw new StartupRefusedException(message);
        }
    }
}
