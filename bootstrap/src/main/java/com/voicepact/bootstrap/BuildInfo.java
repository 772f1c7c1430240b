package com.voicepact.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The build this service runs, as the build wrote it into {@value #RESOURCE} (Maven's resource filtering in
 * bootstrap/pom.xml: the project version, and the git commit when built from a checkout). {@code /info} reports it.
 *
 * @param version the Maven project version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} when the file is missing (the
 *        classes were not built by Maven)
 * @param commit the abbreviated git commit (12 hex digits), if the build knew it
 */
record BuildInfo(String version, Optional<String> commit) {

    static final String RESOURCE = "voicepact-build.properties";
    static final String UNKNOWN = "unknown";

    /** Reads {@value #RESOURCE} from the class path; a value the build did not fill in counts as missing. */
    static BuildInfo read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new BuildInfo(
                filled(properties.getProperty("voicepact.version")).orElse(UNKNOWN),
                filled(properties.getProperty("voicepact.commit")));
    }

    /** {@code voicepact.version} and, when known, {@code voicepact.commit}, as the web adapter reads them. */
    Map<String, Object> micronautProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("voicepact.version", version);
        commit.ifPresent(c -> properties.put("voicepact.commit", c));
        return properties;
    }

    /** Maven leaves {@code ${git.commit.id.abbrev}} as it is when it has no value (no git checkout). */
    private static Optional<String> filled(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty() && !v.contains("${"));
    }
}
