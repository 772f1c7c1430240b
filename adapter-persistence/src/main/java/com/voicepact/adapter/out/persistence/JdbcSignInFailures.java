package com.voicepact.adapter.out.persistence;

import com.voicepact.application.console.port.out.SignInFailures;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
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
import java.util.List;

/** The operator_sign_in_failures table (V110): failed console sign-ins by client address, shared by every node. */
@Singleton
final class JdbcSignInFailures implements SignInFailures {

    @MappedEntity("operator_sign_in_failures")
    record FailureEntity(@Id @GeneratedValue @Nullable Long id, String clientAddress, Instant failedAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface FailureRepository extends CrudRepository<FailureEntity, Long> {

        List<FailureEntity> findByClientAddressAndFailedAtGreaterThanEqualsOrderByFailedAt(
                String clientAddress, Instant failedAt);

        @Query(
                value = "DELETE FROM operator_sign_in_failures WHERE client_address = :clientAddress",
                nativeQuery = true)
        int deleteOf(String clientAddress);

        @Query(value = "DELETE FROM operator_sign_in_failures WHERE failed_at < :before", nativeQuery = true)
        int deleteBefore(Instant before);
    }

    private final FailureRepository repository;
    private final TransactionOperations<Connection> tx;

    JdbcSignInFailures(FailureRepository repository, TransactionOperations<Connection> tx) {
        this.repository = repository;
        this.tx = tx;
    }

    @Override
    public void record(String clientAddress, Instant at) {
        DatabaseFailures.write(tx, "sign-in failure", s -> repository.save(new FailureEntity(null, clientAddress, at)));
    }

    @Override
    public List<Instant> since(String clientAddress, Instant from) {
        return tx.executeRead(s ->
                repository.findByClientAddressAndFailedAtGreaterThanEqualsOrderByFailedAt(clientAddress, from).stream()
                        .map(FailureEntity::failedAt)
                        .toList());
    }

    @Override
    public void clear(String clientAddress) {
        DatabaseFailures.write(tx, "sign-in failures", s -> repository.deleteOf(clientAddress));
    }

    @Override
    public void deleteBefore(Instant before) {
        DatabaseFailures.write(tx, "sign-in failures", s -> repository.deleteBefore(before));
    }
}
