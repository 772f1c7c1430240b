package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One repository set for H2 (PostgreSQL mode) and PostgreSQL. An empty filter string means "any". */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContractRepository extends CrudRepository<ContractEntity, String> {

    String SEARCH_FILTER = " FROM contracts c WHERE (:status = '' OR c.status = :status)"
            + " AND (:phone = '' OR EXISTS (SELECT 1 FROM contract_parties p WHERE p.contract_id = c.id AND p.phone = :phone))";

    /** Locks the contract's row until the calling transaction ends (empty when there is no such contract). */
    @Query(value = "SELECT id FROM contracts WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<String> lockById(String id);

    @Query(
            value = "SELECT c.*" + SEARCH_FILTER + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset",
            nativeQuery = true)
    List<ContractEntity> search(String status, String phone, int limit, int offset);

    /** One party's contracts through the index on its phone, not a scan of every contract (as SEARCH_FILTER's OR is). */
    @Query(
            value = "SELECT c.* FROM contracts c WHERE c.id IN"
                    + " (SELECT p.contract_id FROM contract_parties p WHERE p.phone = :phone)"
                    + " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit",
            nativeQuery = true)
    List<ContractEntity> findByParty(String phone, int limit);

    @Query(value = "SELECT COUNT(*)" + SEARCH_FILTER, nativeQuery = true)
    long countSearch(String status, String phone);

    @Query(
            value = "SELECT c.* FROM contracts c WHERE c.status = 'PENDING' AND c.expires_at <= :at"
                    + " ORDER BY c.expires_at LIMIT :limit",
            nativeQuery = true)
    List<ContractEntity> findPendingExpired(Instant at, int limit);

    @Query(
            value = "SELECT c.* FROM contracts c WHERE c.status = 'ACTIVE' AND c.activated_at <= :before"
                    + " ORDER BY c.activated_at LIMIT :limit",
            nativeQuery = true)
    List<ContractEntity> findActiveFundedBefore(Instant before, int limit);

    @Query(value = "SELECT nextval('contract_number_seq')", nativeQuery = true)
    long nextContractNumber();
}
