package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.EscrowRepositories.IdempotencyKeyRepository;
import com.voicepact.application.port.out.IdempotencyKeys;
import com.voicepact.domain.payment.TransactionId;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

@Singleton
final class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final IdempotencyKeyRepository keys;
    private final TransactionOperations<Connection> transactions;

    JdbcIdempotencyKeys(IdempotencyKeyRepository keys, TransactionOperations<Connection> transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    @Override
    public Optional<TransactionId> find(String key) {
        return transactions.executeRead(s -> keys.findById(key).map(e -> TransactionId.parse(e.transactionId())));
    }

    @Override
    public void remember(String key, TransactionId payment) {
        try {
            transactions.executeWrite(s -> keys.save(new IdempotencyKeyEntity(key, payment.value(), Instant.now())));
        } catch (DataAccessException failure) {
            throw DatabaseFailures.translate(failure, "idempotency key",
                    UniqueKey.primaryKey("idempotency_keys", "idem_key", "taken by another request"));
        }
    }
}
