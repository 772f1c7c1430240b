package com.voicepact.adapter.out.persistence;

import com.voicepact.application.audit.port.out.AuditActionLog;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditEntry;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/** The audit chain read by action (index of V120), after sealing what committed before, as {@link JdbcAuditLog} reads. */
@Singleton
final class JdbcAuditActionLog implements AuditActionLog {

    private final AuditEntryRepository entries;
    private final AuditSealer sealer;
    private final TransactionOperations<Connection> transactions;

    JdbcAuditActionLog(
            AuditEntryRepository entries, AuditSealer sealer, TransactionOperations<Connection> transactions) {
        this.entries = entries;
        this.sealer = sealer;
        this.transactions = transactions;
    }

    @Override
    public List<AuditEntry> withAction(AuditAction action, int limit) {
        sealer.sealCommitted();
        return transactions.executeRead(s -> entries.findLatestWithAction(action.stored(), limit).stream()
                .map(AuditEntryEntity::toDomain)
                .toList());
    }
}
