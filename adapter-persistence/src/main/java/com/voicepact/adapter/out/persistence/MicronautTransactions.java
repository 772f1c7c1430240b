package com.voicepact.adapter.out.persistence;

import com.voicepact.application.port.out.TransactionPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The unit-of-work port on Micronaut's JDBC transaction manager; an inner unit joins the outer one. */
@Singleton
final class MicronautTransactions implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    MicronautTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
