package com.voicepact.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** What the journey tests share: waiting for the running service's background work, and reading its JSON. */
final class Eventually {

    private Eventually() {}

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** What the supplier answers, or null when it throws (a poll that may run before the answer exists). */
    static <T> T quietly(java.util.concurrent.Callable<T> supplier) {
        try {
            return supplier.call();
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ApplicationContext context, String body) throws IOException {
        return context.getBean(JsonMapper.class).readValue(body, Map.class);
    }
}
