package com.voicepact.sandbox.africastalking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/** Faults a test can inject into the sandbox's API answers and callbacks. */
public final class SandboxFaults {

    volatile long latencyMillis;
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger droppedConnections = new AtomicInteger();
    volatile boolean duplicateCallbacks;
    volatile boolean holdCallbacks;
    /** Guarded by itself: a hook is taken by the one request that matches it first. */
    private final List<Hook> onReceiving = new ArrayList<>();

    private final List<Hook> beforeAnswering = new ArrayList<>();

    /** Runs {@code action} once, for the first request to {@code path} whose body {@code request} accepts. */
    private record Hook(String path, Predicate<String> request, Runnable action) {}

    /** Every API answer waits this long first. */
    public SandboxFaults latency(long millis) {
        this.latencyMillis = millis;
        return this;
    }

    /** The next {@code count} API calls answer 500. */
    public SandboxFaults serverErrors(int count) {
        serverErrors.set(count);
        return this;
    }

    /** The next {@code count} API calls get their connection closed without an answer. */
    public SandboxFaults dropConnections(int count) {
        droppedConnections.set(count);
        return this;
    }

    /** Every callback is posted twice. */
    public SandboxFaults duplicateCallbacks(boolean on) {
        this.duplicateCallbacks = on;
        return this;
    }

    /** Callbacks are held back until {@link AtSandbox#releaseCallbacksInReverse()}: out of order. */
    public SandboxFaults holdCallbacks(boolean on) {
        this.holdCallbacks = on;
        return this;
    }

    /**
     * Once, when the next API request to {@code path} (e.g. {@code /mobile/b2c/request}) arrives, {@code action}
     * runs and the request is then dropped undone, without an answer: it reached AT's door and went no
     * further (a crash test kills the app in {@code action}).
     */
    public SandboxFaults dropOnReceiving(String path, Runnable action) {
        return dropOnReceiving(path, anyBody -> true, action);
    }

    /**
     * As {@link #dropOnReceiving(String, Runnable)}, for the next request to {@code path} whose raw body (AT's
     * JSON or form) {@code request} accepts; other requests to that path are served as usual. A crash test
     * targets one movement this way (a B2C to one phone), never whichever request comes next.
     */
    public SandboxFaults dropOnReceiving(String path, Predicate<String> request, Runnable action) {
        synchronized (onReceiving) {
            onReceiving.add(new Hook(path, request, action));
        }
        return this;
    }

    /**
     * Once, after the sandbox did what the next API request to {@code path} asks (money moved, callbacks
     * posted or held) and before it answers: AT acted, and the app has not heard back.
     */
    public SandboxFaults beforeAnswering(String path, Runnable action) {
        return beforeAnswering(path, anyBody -> true, action);
    }

    /** As {@link #beforeAnswering(String, Runnable)}, for the next request to {@code path} whose raw body {@code request} accepts. */
    public SandboxFaults beforeAnswering(String path, Predicate<String> request, Runnable action) {
        synchronized (beforeAnswering) {
            beforeAnswering.add(new Hook(path, request, action));
        }
        return this;
    }

    /** True when the request is to be dropped, after its action ran. */
    boolean dropped(String path, String body) {
        Optional<Runnable> action = take(onReceiving, path, body);
        action.ifPresent(Runnable::run);
        return action.isPresent();
    }

    void answering(String path, String body) {
        take(beforeAnswering, path, body).ifPresent(Runnable::run);
    }

    private static Optional<Runnable> take(List<Hook> hooks, String path, String body) {
        synchronized (hooks) {
            for (Hook hook : hooks) {
                if (hook.path().equals(path) && hook.request().test(body)) {
                    hooks.remove(hook);
                    return Optional.of(hook.action());
                }
            }
            return Optional.empty();
        }
    }

    public void clear() {
        synchronized (onReceiving) {
            onReceiving.clear();
        }
        synchronized (beforeAnswering) {
            beforeAnswering.clear();
        }
        latencyMillis = 0;
        serverErrors.set(0);
        droppedConnections.set(0);
        duplicateCallbacks = false;
        holdCallbacks = false;
    }
}
