package com.voicepact.application.escrow.port.in;

public interface RetryFailedCheckoutsUseCase {

    /** Retries FAILED or EXPIRED checkouts when enabled, up to the configured attempts. Returns how many were retried. */
    int retryFailedCheckouts();
}
