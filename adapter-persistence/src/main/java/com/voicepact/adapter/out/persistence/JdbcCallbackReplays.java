package com.voicepact.adapter.out.persistence;

import com.voicepact.application.shared.port.out.CallbackReplays;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;

/**
 * The callback_replays table. The primary key decides a race: of two inserts of one key, the second
 * fails (on PostgreSQL it waits for the first to commit), which is the replay. Each write first deletes
 * the rows past their time, so the table holds only the last few minutes of signed callbacks.
 */
@Singleton
final class JdbcCallbackReplays implements CallbackReplays {

    private static final UniqueKey KEY = UniqueKey.primaryKey("callback_replays", "callback_key", "received before");

    @MappedEntity("callback_replays")
    record CallbackReplayEntity(@Id String callbackKey, Instant keptUntil) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CallbackReplayRepository extends CrudRepository<CallbackReplayEntity, String> {

        @Query(value = "DELETE FROM callback_replays WHERE kept_until < :now", nativeQuery = true)
        int deletePast(Instant now);
    }

    private final CallbackReplayRepository repository;
    private final TransactionOperations<Connection> tx;

    JdbcCallbackReplays(CallbackReplayRepository repository, TransactionOperations<Connection> tx) {
        this.repository = repository;
        this.tx = tx;
    }

    @Override
    public Receipt remember(String key, Instant now, Instant keptUntil) {
        try {
            DatabaseFailures.write(
                    tx,
                    "callback",
                    s -> {
                        repository.deletePast(now);
                        return repository.save(new CallbackReplayEntity(key, keptUntil));
                    },
                    KEY);
            return Receipt.FIRST;
        } catch (ConcurrentUpdateException taken) { // its key is stored: the same callback arrived before
            return Receipt.REPLAY;
        }
    }

    @Override
    public void forget(String key) {
        tx.executeWrite(s -> {
            repository.deleteById(key);
            return null;
        });
    }
}
