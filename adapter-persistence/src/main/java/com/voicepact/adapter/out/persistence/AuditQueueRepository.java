package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditQueueRepository extends CrudRepository<AuditQueueEntity, Long> {

    /** The oldest committed records, at most {@code limit}, in the order they were queued. */
    @Query(value = "SELECT * FROM audit_queue ORDER BY id LIMIT :limit", nativeQuery = true)
    List<AuditQueueEntity> findOldest(int limit);
}
