package com.voicepact.application.port.in;

public interface RunPaymentJobsUseCase {

    /** Queries stale PENDING checkouts at the provider: LOCKED, FAILED or EXPIRED. Returns how many were settled. */
    int settleStaleCheckouts();

    /** ACTIVE contracts past the escrow timeout without both delivery confirmations become DISPUTED. */
    int escalateOverdueEscrows();

    /** Retries FAILED or EXPIRED checkouts when enabled, up to the configured attempts. */
    int retryFailedCheckouts();
}
