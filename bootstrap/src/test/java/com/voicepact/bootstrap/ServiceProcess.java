package com.voicepact.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** The service as {@code java -jar} runs it (its main class on the test class path), in a process of its own. */
final class ServiceProcess {

    private ServiceProcess() {}

    /**
     * Starts it with {@code env} added to this environment (free ports unless {@code env} names them), standard output
     * and error together in {@code log}; the caller waits for it or destroys it.
     */
    static Process start(Path log, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                        Application.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("MICRONAUT_SERVER_PORT", "0", "VOICEPACT_SANDBOX_PORT", "0"));
        builder.environment().putAll(env);
        return builder.start();
    }
}
