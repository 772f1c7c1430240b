package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import io.micronaut.context.annotation.Context;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals the queued audit records ({@code audit_queue}, V101) into the chain ({@code audit_entries}), oldest first, in
 * batches of at most {@value #BATCH}: each batch is one transaction that locks the chain's head (V100), reads the last
 * entry, seals the batch after it with {@link AuditChain#seal}, stores the entries and removes their records. A change
 * that audits itself so only inserts its record; the transactions that move money no longer wait for each other on
 * the head, and one commit seals what many of them recorded (the log "integrates" its queue, as Certificate
 * Transparency logs' sequencers do).
 *
 * <p>A queued row is sealed as what it says only when its record MAC ({@link AuditChain#recordMac}) proves it was
 * queued by a holder of the audit key; any other row (written into the table by hand, or unreadable) is sealed as an
 * {@code AUDIT_RECORD_REFUSED} entry saying what it claimed ({@link QueuedRecords}), so it neither enters the chain as
 * genuine nor stops the sealing of the records behind it.
 *
 * <p>When: on this node's sealer thread, soon after a transaction that queued records commits ({@link #soon}), and
 * every second for records queued by other nodes or left by a failed attempt (they stay queued: a failure loses
 * nothing); and before every read of the log ({@link #sealCommitted}), so that a reader sees what was committed
 * before it asked.
 */
@Context // from start-up: a node that restarts seals what was left queued without waiting for a change to audit
final class AuditSealer {

    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);
    private static final UniqueKey SEQUENCE =
            UniqueKey.primaryKey("audit_entries", "sequence", "sealed by someone else");

    private final AuditEntryRepository entries;
    private final AuditQueueRepository queue;
    private final AuditChain chain;
    private final TransactionOperations<Connection> transactions;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread t = new Thread(work, "audit-sealer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean due = new AtomicBoolean();
    private final Clock clock = Clock.systemUTC(); // only for the time of a refusal: a queued record brings its own

    AuditSealer(
            AuditEntryRepository entries,
            AuditQueueRepository queue,
            AuditChain chain,
            TransactionOperations<Connection> transactions) {
        this.entries = entries;
        this.queue = queue;
        this.chain = chain;
        this.transactions = transactions;
        thread.scheduleWithFixedDelay(this::sealQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Seals every record committed before the call. Inside a transaction, in it: the chain's head is then held until
     * that transaction ends, and its own queued records are sealed with it. Inside a read-only transaction, nothing
     * (it cannot write): its reader sees the chain as the sealer thread left it.
     *
     * @throws com.voicepact.application.shared.port.out.ConcurrentUpdateException when another sealer stored the same
     *     sequence (cannot happen while every sealer locks the head first) or a deadlock chose this transaction
     */
    void sealCommitted() {
        if (inReadOnlyTransaction()
                || transactions.executeRead(s -> queue.findOldest(1)).isEmpty()) {
            return; // nothing queued, or a reader that cannot write: no lock taken (the sealer thread seals soon)
        }
        while (sealBatch() == BATCH) {
            // a full batch: there may be more
        }
    }

    private boolean inReadOnlyTransaction() {
        return transactions
                .findTransactionStatus()
                .flatMap(status -> status.getTransactionDefinition().isReadOnly())
                .orElse(false);
    }

    /** Asks the sealer thread to seal soon; calls that come while it is due are one run. */
    void soon() {
        if (due.compareAndSet(false, true)) {
            thread.execute(() -> {
                due.set(false);
                sealQuietly();
            });
        }
    }

    private int sealBatch() {
        return DatabaseFailures.write(
                transactions,
                "the audit chain",
                s -> {
                    entries.lockHead();
                    List<AuditQueueEntity> batch = queue.findOldest(BATCH);
                    Optional<AuditEntry> last = entries.findLatest().map(AuditEntryEntity::toDomain);
                    List<AuditEntryEntity> sealed = new ArrayList<>(batch.size());
                    Set<String> taken =
                            entries
                                    .findByRecordIdIn(batch.stream()
                                            .map(AuditQueueEntity::recordId)
                                            .toList())
                                    .stream()
                                    .map(AuditEntryEntity::recordId)
                                    .collect(Collectors.toSet());
                    for (AuditQueueEntity queued : batch) {
                        QueuedRecords.Sealable next = QueuedRecords.sealable(queued, chain, taken, clock);
                        AuditEntry entry = chain.seal(next.record(), last);
                        sealed.add(AuditEntryEntity.of(entry, next.genuine() ? queued.recordId() : null));
                        last = Optional.of(entry);
                    }
                    entries.saveAll(sealed);
                    queue.deleteAll(batch);
                    return batch.size();
                },
                SEQUENCE);
    }

    private void sealQuietly() {
        try {
            sealCommitted();
        } catch (RuntimeException failure) { // the records stay queued: the next run or read seals them
            LOG.warn("audit records not sealed yet, tried again within a second: {}", failure.toString());
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
