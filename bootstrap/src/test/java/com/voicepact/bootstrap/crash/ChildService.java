package com.voicepact.bootstrap.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real service in a child JVM ({@code com.voicepact.bootstrap.Application} on the test classpath),
 * started on one data directory and port again and again, and killed with SIGKILL
 * ({@link Process#destroyForcibly()}). Each start is a "life"; its output goes to {@code life-<n>.log}
 * in the data directory. System properties of a life ({@code -Dname=value}) switch on the test-only
 * hooks of {@link CrashHooks}.
 */
final class ChildService implements AutoCloseable {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** A fresh JVM on a loaded CI machine (load 13 on 2 cores) can take half a minute to answer; this is far beyond. */
    private static final Duration START_DEADLINE = Duration.ofSeconds(180);

    private final Path dataDir;
    private final Map<String, String> env;
    private final int port;
    /** Written by the test thread, read by the provider's hook threads that kill it. */
    private volatile Process process;

    private volatile int lives;

    ChildService(Path dataDir, Map<String, String> env) {
        this.dataDir = dataDir;
        this.port = freePort();
        Map<String, String> all = new LinkedHashMap<>(env);
        all.put("VOICEPACT_DATA_DIR", dataDir.toString());
        all.put("MICRONAUT_SERVER_PORT", Integer.toString(port));
        this.env = all;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts a new life with these system properties and waits until it answers HTTP. */
    ChildService start(Map<String, String> properties) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the previous life still runs");
        }
        lives++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-Xmx384m",
                "-Xss512k"));
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of(
                "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "com.voicepact.bootstrap.Application"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("life-" + lives + ".log").toFile());
        builder.environment().putAll(env);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitUp();
        return this;
    }

    private void awaitUp() {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("life " + lives + " ended at start: " + log());
            }
            try {
                CLIENT.send(
                        HttpRequest.newBuilder(base().resolve("/health"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                pause(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(
                "life " + lives + " did not answer /health within " + START_DEADLINE.toSeconds() + " s: " + log());
    }

    /** kill -9: no shutdown hook, no flush, no close. */
    void kill() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
            waitFor(current);
        }
    }

    /** Waits until the life ended (a test hook killed or halted it); false when it still runs after {@code seconds}. */
    boolean awaitDeath(long seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A clean stop (SIGTERM: the shutdown hooks close the database). */
    void stop() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroy();
            waitFor(current);
        }
    }

    int lives() {
        return lives;
    }

    String log() {
        try {
            Path file = dataDir.resolve("life-" + lives + ".log");
            String text = Files.exists(file) ? Files.readString(file) : "";
            return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static void waitFor(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
