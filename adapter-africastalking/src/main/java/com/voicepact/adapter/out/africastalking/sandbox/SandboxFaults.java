package com.voicepact.adapter.out.africastalking.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Faults a test can inject into the sandbox's API answers and callbacks. */
public final class SandboxFaults {

    volatile long latencyMillis;
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger droppedConnections = new AtomicInteger();
    volatile boolean duplicateCallbacks;
    volatile boolean holdCallbacks;
    private final Map<String, Runnable> onReceiving = new ConcurrentHashMap<>();
    private final Map<String, Runnable> beforeAnswering = new ConcurrentHashMap<>();

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
        onReceiving.put(path, action);
        return this;
    }

    /**
     * Once, after the sandbox did what the next API request to {@code path} asks (money moved, callbacks
     * posted or held) and before it answers: AT acted, and the app has not heard back.
     */
    public SandboxFaults beforeAnswering(String path, Runnable action) {
        beforeAnswering.put(path, action);
        return this;
    }

    /** True when the request is to be dropped, after its action ran. */
    boolean dropped(String path) {
        Runnable action = onReceiving.remove(path);
        run(action);
        return action != null;
    }

    void answering(String path) {
        run(beforeAnswering.remove(path));
    }

    private static void run(Runnable action) {
        if (action != null) {
            action.run();
        }
    }

    public void clear() {
        onReceiving.clear();
        beforeAnswering.clear();
        latencyMillis = 0;
        serverErrors.set(0);
        droppedConnections.set(0);
        duplicateCallbacks = false;
        holdCallbacks = false;
    }
}
