package com.voicepact.adapter.out.mpesa.sandbox;

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
    }
}
