package com.voicepact.adapter.out.persistence;

import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.domain.console.OperatorSession;
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
import java.util.Optional;

/** The operator_sessions table (V110): console sessions by the SHA-256 of their token, shared by every node. */
@Singleton
final class JdbcOperatorSessions implements OperatorSessions {

    @MappedEntity("operator_sessions")
    record SessionEntity(@Id String tokenHash, String operatorId, Instant signedInAt, Instant lastSeenAt) {

        static SessionEntity of(OperatorSession s) {
            return new SessionEntity(s.tokenHash(), s.operatorId(), s.signedInAt(), s.lastSeenAt());
        }

        OperatorSession toSession() {
            return new OperatorSession(tokenHash, operatorId, signedInAt, lastSeenAt);
        }
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SessionRepository extends CrudRepository<SessionEntity, String> {

        /** Forward only: a slow request arriving after a faster one does not move the time back. */
        @Query(
                value = "UPDATE operator_sessions SET last_seen_at = :at WHERE token_hash = :tokenHash"
                        + " AND last_seen_at < :at",
                nativeQuery = true)
        int touch(String tokenHash, Instant at);

        @Query(
                value = "DELETE FROM operator_sessions WHERE last_seen_at < :lastSeenBefore"
                        + " OR signed_in_at < :signedInBefore",
                nativeQuery = true)
        int deleteExpired(Instant lastSeenBefore, Instant signedInBefore);
    }

    private final SessionRepository repository;
    private final TransactionOperations<Connection> tx;

    JdbcOperatorSessions(SessionRepository repository, TransactionOperations<Connection> tx) {
        this.repository = repository;
        this.tx = tx;
    }

    @Override
    public void save(OperatorSession session) {
        DatabaseFailures.write(tx, "console session", s -> {
            repository.deleteById(session.tokenHash());
            return repository.save(SessionEntity.of(session));
        });
    }

    @Override
    public Optional<OperatorSession> find(String tokenHash) {
        return tx.executeRead(s -> repository.findById(tokenHash).map(SessionEntity::toSession));
    }

    @Override
    public void touch(String tokenHash, Instant at) {
        DatabaseFailures.write(tx, "console session", s -> repository.touch(tokenHash, at));
    }

    @Override
    public void delete(String tokenHash) {
        DatabaseFailures.write(tx, "console session", s -> {
            repository.deleteById(tokenHash);
            return null;
        });
    }

    @Override
    public int deleteExpired(Instant lastSeenBefore, Instant signedInBefore) {
        return DatabaseFailures.write(
                tx, "console sessions", s -> repository.deleteExpired(lastSeenBefore, signedInBefore));
    }
}
