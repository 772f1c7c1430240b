package com.voicepact.application.escrow.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every difference between our payments and ledger and the provider's transactions in a period.
 * {@code providerUnchecked}: null when the provider's records were compared; otherwise why they could not be and where
 * an operator finds them instead (a provider that lists no movements, M-Pesa Daraja): then our own payments and
 * ledger were still compared with each other, and the report is never clean.
 */
public record ReconciliationReport(
        Instant from,
        Instant to,
        int paymentsChecked,
        int providerTransactionsChecked,
        List<Mismatch> mismatches,
        String providerUnchecked) {

    public record Mismatch(String kind, String transactionId, String providerTransactionId, String detail) {}

    public ReconciliationReport {
        mismatches = List.copyOf(mismatches);
    }

    /** A report whose provider records were compared. */
    public ReconciliationReport(
            Instant from, Instant to, int paymentsChecked, int providerTransactionsChecked, List<Mismatch> mismatches) {
        this(from, to, paymentsChecked, providerTransactionsChecked, mismatches, null);
    }

    /** Why the provider's records were not compared, when they were not. */
    public Optional<String> providerNotChecked() {
        return Optional.ofNullable(providerUnchecked);
    }

    /** Nothing differs, and the provider's records were compared: only then is the period clean. */
    public boolean isClean() {
        return mismatches.isEmpty() && providerUnchecked == null;
    }
}
