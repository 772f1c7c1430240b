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

    @Override
    public Optional<AuditEntry> latest() {
        return transactions.executeRead(s -> entries.findLatest().map(JdbcAuditLog::toDomain));
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
