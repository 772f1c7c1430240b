package com.voicepact.adapter.out.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartyRepository extends CrudRepository<PartyEntity, Long> {

    List<PartyEntity> findByContractIdInOrderByPosition(Collection<String> contractIds);
}
