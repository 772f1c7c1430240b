package com.voicepact.bootstrap;

import com.voicepact.application.escrow.port.in.EscalateOverdueEscrowsUseCase;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsCommand;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsUseCase;
import com.voicepact.application.escrow.port.in.ReconciliationReport;
import com.voicepact.application.escrow.port.in.RetryFailedCheckoutsUseCase;
import com.voicepact.application.escrow.port.in.SettleStaleCheckoutsUseCase;
import com.voicepact.application.escrow.port.in.SettleStalePayoutsUseCase;
import com.voicepact.application.operations.port.in.DispatchOutboxUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The escrow's scheduled work. Each job is safe on every node: the use cases serialise on versions and leases. */
@Singleton
class EscrowJobs {

    private static final Logger LOG = LoggerFactory.getLogger(EscrowJobs.class);
    private final DispatchOutboxUseCase dispatcher;
    private final SettleStaleCheckoutsUseCase staleCheckouts;
    private final EscalateOverdueEscrowsUseCase overdueEscrows;
    private final RetryFailedCheckoutsUseCase checkoutRetries;
    private final SettleStalePayoutsUseCase stalePayouts;
    private final ReconcilePaymentsUseCase reconciliation;
    private final com.voicepact.application.voice.port.in.ProcessRecordingsUseCase voice;

    EscrowJobs(
            DispatchOutboxUseCase dispatcher,
            SettleStaleCheckoutsUseCase staleCheckouts,
            EscalateOverdueEscrowsUseCase overdueEscrows,
            RetryFailedCheckoutsUseCase checkoutRetries,
            SettleStalePayoutsUseCase stalePayouts,
            ReconcilePaymentsUseCase reconciliation,
            com.voicepact.application.voice.port.in.ProcessRecordingsUseCase voice) {
        this.dispatcher = dispatcher;
        this.staleCheckouts = staleCheckouts;
        this.overdueEscrows = overdueEscrows;
        this.checkoutRetries = checkoutRetries;
        this.stalePayouts = stalePayouts;
        this.reconciliation = reconciliation;
        this.voice = voice;
    }

    /** Recordings waiting to be fetched, transcribed and drafted (failures wait for their backoff). */
    @Scheduled(fixedDelay = "${voicepact.voice-interval:5s}", initialDelay = "5s")
    void processRecordings() {
        run("voice recordings", voice::processDue);
    }

    @Scheduled(
            fixedDelay = "${voicepact.dispatch-interval:2s}",
            initialDelay = "${voicepact.dispatch-initial-delay:5s}")
    void dispatchOutbox() {
        run("outbox dispatch", dispatcher::dispatchDue);
    }

    @Scheduled(
            fixedDelay = "${voicepact.payment-jobs-interval:1m}",
            initialDelay = "${voicepact.payment-jobs-initial-delay:20s}")
    void paymentJobs() {
        run("stale checkouts", staleCheckouts::settleStaleCheckouts);
        run("stale payouts", stalePayouts::settleStalePayouts);
        run("overdue escrows", overdueEscrows::escalateOverdueEscrows);
        run("checkout retries", checkoutRetries::retryFailedCheckouts);
    }

    /** Every night, yesterday against the provider's records. */
    @Scheduled(cron = "${voicepact.reconciliation-cron:0 30 2 * * *}")
    void reconcile() {
        Instant to = Instant.now();
        try {
            ReconciliationReport report =
                    reconciliation.reconcile(new ReconcilePaymentsCommand(to.minus(Duration.ofDays(1)), to));
            if (!report.mismatches().isEmpty()) {
                LOG.warn(
                        "reconciliation found {} mismatch(es): {}",
                        report.mismatches().size(),
                        report.mismatches());
            }
            report.providerNotChecked()
                    .ifPresent(why -> LOG.info("reconciliation compared our own records only: {}", why));
        } catch (RuntimeException e) {
            LOG.warn("reconciliation could not run: {}", e.getMessage());
        }
    }

    private static void run(String name, Supplier<Integer> job) {
        try {
            int done = job.get();
            if (done > 0) {
                LOG.info("{}: {} handled", name, done);
            }
        } catch (RuntimeException e) {
            LOG.warn("{} failed; it runs again at the next interval: {}", name, e.getMessage());
        }
    }
}
