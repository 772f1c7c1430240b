package com.voicepact.application.port.in;

import java.time.Instant;

public interface ReconcilePaymentsUseCase {

    /** Compares, flags and audits; never fixes anything by itself. */
    ReconciliationReport reconcile(Instant from, Instant to);
}
