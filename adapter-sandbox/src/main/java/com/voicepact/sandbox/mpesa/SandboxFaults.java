package com.voicepact.sandbox.mpesa;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults a test (or an operator trying the app) switches on in the local Daraja. Each reflects what
 * Daraja's callbacks do in the field (mpesa-daraja.md): duplicated, late, never sent, a queue-timeout
 * notice before the result; plus an empty B2C utility account and the gateway's spike arrest.
 */
public final class SandboxFaults {

    volatile boolean duplicateCallbacks;
    volatile long callbackDelayMillis;
    volatile boolean dropCallbacks;
    volatile boolean timeoutNoticeFirst;
    volatile boolean utilityAccountEmpty;
    final AtomicInteger spikeArrests = new AtomicInteger();
    private final Map<String, Runnable> onReceiving = new ConcurrentHashMap<>();
    private final Map<String, Runnable> beforeAnswering = new ConcurrentHashMap<>();

    /** Every result callback (STK, B2C, status, reversal, balance) is posted twice. */
    public SandboxFaults duplicateCallbacks(boolean on) {
        this.duplicateCallbacks = on;
        return this;
    }

    /** Every callback waits this long (after the answer) before it is posted: a late callback. */
    public SandboxFaults callbackDelay(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("a delay is not negative");
        }
        this.callbackDelayMillis = millis;
        return this;
    }

    /** No callback is posted at all; the outcome is still there for the queries (STK query, Transaction Status). */
    public SandboxFaults dropCallbacks(boolean on) {
        this.dropCallbacks = on;
        return this;
    }

    /**
     * Asynchronous calls (B2C, Transaction Status, Reversal, Account Balance) first post a queue-timeout notice
     * to their {@code QueueTimeOutURL}, then the real result to the {@code ResultURL}.
     */
    public SandboxFaults timeoutNoticeFirst(boolean on) {
        this.timeoutNoticeFirst = on;
        return this;
    }

    /** The B2C utility account reads as empty: every payout ends with result code 1. */
    public SandboxFaults utilityAccountEmpty(boolean on) {
        this.utilityAccountEmpty = on;
        return this;
    }

    /** The next {@code count} API calls are refused by the gateway with {@code 500.003.02} (spike arrest). */
    public SandboxFaults spikeArrests(int count) {
        spikeArrests.set(count);
        return this;
    }

    /**
     * Once, when the next API request to {@code path} (e.g. {@code /mpesa/b2c/v3/paymentrequest}) arrives,
     * {@code action} runs and the request is then dropped undone, without an answer: it reached Daraja's door
     * and went no further (a crash test kills the app in {@code action}).
     */
    public SandboxFaults dropOnReceiving(String path, Runnable action) {
        onReceiving.put(path, action);
        return this;
    }

    /**
     * Once, after the sandbox did what the next API request to {@code path} asks (money moved, callbacks
     * scheduled) and before it answers: Daraja acted, and the app has not heard back.
     */
    public SandboxFaults beforeAnswering(String path, Runnable action) {
        beforeAnswering.put(path, action);
        return this;
    }

    /** True when the request is to be dropped, after its action ran. */
    boolean dropped(String path) {
        Runnable action = onReceiving.remove(path);
        if (action != null) {
            action.run();
        }
        return action != null;
    }

    void answering(String path) {
        Runnable action = beforeAnswering.remove(path);
        if (action != null) {
            action.run();
        }
    }

    boolean spikeArrested() {
        return spikeArrests.getAndUpdate(n -> Math.max(n - 1, 0)) > 0;
    }

    public void clear() {
        duplicateCallbacks = false;
        callbackDelayMillis = 0;
        dropCallbacks = false;
        timeoutNoticeFirst = false;
        utilityAccountEmpty = false;
        spikeArrests.set(0);
        onReceiving.clear();
        beforeAnswering.clear();
    }
}
