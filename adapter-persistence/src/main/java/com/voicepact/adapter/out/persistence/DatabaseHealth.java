package com.voicepact.adapter.out.persistence;

import com.voicepact.application.operations.port.out.ComponentHealthPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

@Singleton
final class DatabaseHealth implements ComponentHealthPort {

    private static final int TIMEOUT_SECONDS = 2;
    private final TransactionOperations<Connection> transactions;

    DatabaseHealth(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public boolean isHealthy() {
        return transactions.executeRead(status -> {
            try {
                return status.getConnection().isValid(TIMEOUT_SECONDS);
            } catch (java.sql.SQLException e) {
                return false;
            }
        });
    }
}
