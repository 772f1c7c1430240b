package com.voicepact.adapter.out.persistence;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The audit log table. Its primary key is the chain sequence, so two transactions that try to
 * append at the same place cannot both succeed: the loser gets a {@link ConcurrentUpdateException}.
 * So that they do not try: {@link #latest()} first locks the one row of {@code audit_chain_head}
 * (V100), which its transaction holds until it ends; the next appender waits there and then reads the
 * entry just committed. Concurrent appenders queue on the chain's head instead of colliding on its next
 * sequence and running their whole transactions again (at 8 concurrent callbacks on PostgreSQL, about
 * a third were answered 409 after exhausting their retries).
 */
@Singleton
final class JdbcAuditLog implements AuditLog {

    private static final UniqueKey SEQUENCE =
            UniqueKey.primaryKey("audit_entries", "sequence", "appended by someone else");
    private final AuditEntryRepository entries;
    private final TransactionOperations<Connection> transactions;

    JdbcAuditLog(AuditEntryRepository entries, TransactionOperations<Connection> transactions) {
        this.entries = entries;
        this.transactions = transactions;
    }

    /** The last entry, with the chain's head locked until the calling transaction ends (it is about to append). */
    @Override
    public Optional<AuditEntry> latest() {
        return DatabaseFailures.write(transactions, "the audit chain's head", s -> {
            entries.lockHead();
            return entries.findLatest().map(JdbcAuditLog::toDomain);
        });
    }

    @Override
    public void append(AuditEntry entry) {
        AuditRecord r = entry.record();
        DatabaseFailures.write(
                transactions,
                "audit entry " + entry.sequence(),
                s -> entries.save(new AuditEntryEntity(
                        entry.sequence(),
                        r.at().toString(),
                        r.actor(),
                        r.action(),
                        r.subject(),
                        r.oldStatus(),
                        r.newStatus(),
                        r.details(),
                        entry.previousMac(),
                        entry.mac())),
                SEQUENCE);
    }

    @Override
    public List<AuditEntry> allInOrder() {
        return transactions.executeRead(s ->
                entries.findAllInOrder().stream().map(JdbcAuditLog::toDomain).toList());
    }

    @Override
    public List<AuditEntry> forSubject(String subject) {
        return transactions.executeRead(s -> entries.findBySubjectOrderBySequence(subject).stream()
                .map(JdbcAuditLog::toDomain)
                .toList());
    }

    private static AuditEntry toDomain(AuditEntryEntity e) {
        return new AuditEntry(
                e.sequence(),
                new AuditRecord(
                        Instant.parse(e.occurredAt()),
                        e.actor(),
                        e.action(),
                        e.subject(),
                        e.oldStatus(),
                        e.newStatus(),
                        e.details()),
                e.previousMac(),
                e.mac());
    }
}
