package com.voicepact.adapter.out.persistence;

import com.voicepact.application.console.port.out.AuditSequencePort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The audit chain's last sequence, read from audit_entries' primary key without sealing or locking anything. */
@Singleton
final class JdbcAuditSequence implements AuditSequencePort {

    private final TransactionOperations<Connection> tx;

    JdbcAuditSequence(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    @Override
    public long lastSealed() {
        return tx.executeRead(status -> {
            try (Statement sql = status.getConnection().createStatement();
                    ResultSet rows = sql.executeQuery("SELECT COALESCE(MAX(sequence), 0) FROM audit_entries")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("the audit chain's last sequence could not be read", e);
            }
        });
    }
}
