package com.voicepact.adapter.out.africastalking.sandbox;

import java.util.concurrent.atomic.AtomicInteger;

/** Faults a test can inject into the sandbox's API answers and callbacks. */
public final class SandboxFaults {

    volatile long latencyMillis;
    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger droppedConnections = new AtomicInteger();
    volatile boolean duplicateCallbacks;
    volatile boolean holdCallbacks;

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

    public void clear() {
        latencyMillis = 0;
        serverErrors.set(0);
        droppedConnections.set(0);
        duplicateCallbacks = false;
        holdCallbacks = false;
    }
}
