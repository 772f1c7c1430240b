package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEntryRepository extends CrudRepository<AuditEntryEntity, Long> {

    @Query(value = "SELECT * FROM audit_entries ORDER BY sequence DESC LIMIT 1", nativeQuery = true)
    Optional<AuditEntryEntity> findLatest();

    /** Locks the chain's head (V100) until the calling transaction ends: appenders queue here. */
    @Query(value = "SELECT id FROM audit_chain_head WHERE id = 1 FOR UPDATE", nativeQuery = true)
    Optional<Integer> lockHead();

    @Query(value = "SELECT * FROM audit_entries ORDER BY sequence", nativeQuery = true)
    List<AuditEntryEntity> findAllInOrder();

    List<AuditEntryEntity> findBySubjectOrderBySequence(String subject);

    @Query(
            value = "SELECT * FROM audit_entries WHERE action = :action ORDER BY sequence DESC LIMIT :limit",
            nativeQuery = true)
    List<AuditEntryEntity> findLatestWithAction(String action, int limit);

    /** The entries sealed from any of these queued records (by their {@code record_id}). */
    List<AuditEntryEntity> findByRecordIdIn(java.util.Collection<String> recordIds);
}
