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

    @Query(value = "SELECT * FROM audit_entries ORDER BY sequence", nativeQuery = true)
    List<AuditEntryEntity> findAllInOrder();

    List<AuditEntryEntity> findBySubjectOrderBySequence(String subject);
}
