package com.voicepact.application.escrow.port.in;

public interface ReconcilePaymentsUseCase {

    /** Compares, flags and audits; never fixes anything by itself. */
    ReconciliationReport reconcile(ReconcilePaymentsCommand command);
}
