package com.voicepact.adapter.out.persistence;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit log's tables. {@link #record} only queues the record ({@code audit_queue}) in the caller's transaction;
 * {@link AuditSealer} seals it into the chain once that transaction commits, and before every read here. So a change
 * never waits on the chain's head for its audit record.
 *
 * <p>The chain itself is {@code audit_entries}, whose primary key is the sequence, so two sealers that tried to append
 * at the same place could not both succeed (the loser gets a {@link ConcurrentUpdateException}). So that they do not
 * try, every appender first locks the one row of {@code audit_chain_head} (V100) until its transaction ends
 * ({@link #latest()} for those who seal by hand) and then reads the entry just committed.
 */
@Singleton
final class JdbcAuditLog implements AuditLog {

    private static final UniqueKey SEQUENCE =
            UniqueKey.primaryKey("audit_entries", "sequence", "appended by someone else");
    private final AuditEntryRepository entries;
    private final AuditQueueRepository queue;
    private final AuditSealer sealer;
    private final AuditChain chain;
    private final TransactionOperations<Connection> transactions;

    JdbcAuditLog(
            AuditEntryRepository entries,
            AuditQueueRepository queue,
            AuditSealer sealer,
            AuditChain chain,
            TransactionOperations<Connection> transactions) {
        this.entries = entries;
        this.queue = queue;
        this.sealer = sealer;
        this.chain = chain;
        this.transactions = transactions;
    }

    @Override
    public void record(AuditRecord record) {
        DatabaseFailures.write(transactions, "an audit record", s -> queue.save(queued(record)));
        var status = transactions.findTransactionStatus();
        if (status.isEmpty()) {
            sealer.soon();
            return;
        }
        status.get().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                if (completed == Status.COMMITTED) {
                    sealer.soon();
                }
            }
        });
    }

    private AuditQueueEntity queued(AuditRecord record) {
        String recordId = UUID.randomUUID().toString();
        return AuditQueueEntity.of(record, recordId, chain.recordMac(recordId, record));
    }

    /** The last entry, with the chain's head locked until the calling transaction ends (it is about to append). */
    @Override
    public Optional<AuditEntry> latest() {
        sealer.sealCommitted();
        return DatabaseFailures.write(transactions, "the audit chain's head", s -> {
            entries.lockHead();
            return entries.findLatest().map(AuditEntryEntity::toDomain);
        });
    }

    @Override
    public void append(AuditEntry entry) {
        DatabaseFailures.write(
                transactions,
                "audit entry " + entry.sequence(),
                s -> entries.save(AuditEntryEntity.of(entry)),
                SEQUENCE);
    }

    @Override
    public List<AuditEntry> allInOrder() {
        sealer.sealCommitted();
        return transactions.executeRead(s -> entries.findAllInOrder().stream()
                .map(AuditEntryEntity::toDomain)
                .toList());
    }

    @Override
    public List<AuditEntry> forSubject(String subject) {
        sealer.sealCommitted();
        return transactions.executeRead(s -> entries.findBySubjectOrderBySequence(subject).stream()
                .map(AuditEntryEntity::toDomain)
                .toList());
    }
}
