package com.voicepact.application.port.in;

import java.time.Instant;
import java.util.List;

/** Every difference between our payments and ledger and the provider's transactions in a period. */
public record ReconciliationReport(Instant from, Instant to, int paymentsChecked, int providerTransactionsChecked,
                                   List<Mismatch> mismatches) {

    public record Mismatch(String kind, String transactionId, String providerTransactionId, String detail) {
    }

    public ReconciliationReport {
        mismatches = List.copyOf(mismatches);
    }

    public boolean isClean() {
        return mismatches.isEmpty();
    }
}
