package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The escrow tables' repositories (PostgreSQL dialect, which H2 runs in PostgreSQL mode). */
final class EscrowRepositories {

    private EscrowRepositories() {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PaymentRepository extends CrudRepository<PaymentEntity, String> {

        List<PaymentEntity> findByProviderTransactionId(String providerTransactionId);

        @Query(
                value = "SELECT * FROM payments WHERE contract_id = :contractId ORDER BY created_at, transaction_id",
                nativeQuery = true)
        List<PaymentEntity> findByContract(String contractId);

        @Query(
                value =
                        "SELECT * FROM payments WHERE contract_id IN (:contractIds) ORDER BY created_at, transaction_id",
                nativeQuery = true)
        List<PaymentEntity> findByContracts(Collection<String> contractIds);

        @Query(
                value =
                        "SELECT p.* FROM payments p WHERE p.transaction_id IN (SELECT o.transaction_id FROM payment_payouts o"
                                + " WHERE o.id = :ref OR o.provider_id = :ref)",
                nativeQuery = true)
        List<PaymentEntity> findByPayout(String ref);

        @Query(
                value = "SELECT * FROM payments WHERE status = 'PENDING' AND created_at <= :before"
                        + " ORDER BY created_at LIMIT :limit",
                nativeQuery = true)
        List<PaymentEntity> findPendingCreatedBefore(Instant before, int limit);

        @Query(
                value = "SELECT * FROM payments WHERE status IN ('FAILED', 'EXPIRED') AND closed_at <= :before"
                        + " ORDER BY closed_at LIMIT :limit",
                nativeQuery = true)
        List<PaymentEntity> findRetryableClosedBefore(Instant before, int limit);

        @Query(
                value = "SELECT * FROM payments WHERE created_at >= :from AND created_at < :to ORDER BY created_at",
                nativeQuery = true)
        List<PaymentEntity> findCreatedBetween(Instant from, Instant to);

        @Query(
                value =
                        "SELECT * FROM payments WHERE status IN ('RELEASING', 'REFUNDING') ORDER BY created_at, transaction_id LIMIT :limit",
                nativeQuery = true)
        List<PaymentEntity> findPayingOut(int limit);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PayoutRepository extends CrudRepository<PayoutEntity, String> {

        List<PayoutEntity> findByTransactionIdInOrderByPosition(Collection<String> transactionIds);

        void deleteByTransactionId(String transactionId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PostingRepository extends CrudRepository<PostingEntity, String> {

        @Query(
                value = "SELECT * FROM ledger_postings WHERE contract_id = :contractId ORDER BY posted_at, id",
                nativeQuery = true)
        List<PostingEntity> findByContract(String contractId);

        @Query(value = "SELECT * FROM ledger_postings ORDER BY posted_at, id", nativeQuery = true)
        List<PostingEntity> findAllInOrder();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface LedgerLineRepository extends CrudRepository<LedgerLineEntity, Long> {

        List<LedgerLineEntity> findByPostingIdInOrderByLineNo(Collection<String> postingIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OutboxRepository extends CrudRepository<OutboxEntity, String> {

        /** Never fails on a duplicate key, so it cannot abort the surrounding PostgreSQL transaction. */
        @Query(
                value =
                        "INSERT INTO outbox_messages"
                                + " (message_key, kind, payload, status, attempts, next_attempt_at, queued_at, request_id)"
                                + " VALUES (:key, :kind, :payload, 'PENDING', 0, :next, :next, :requestId) ON CONFLICT DO NOTHING",
                nativeQuery = true)
        void insertIfAbsent(String key, String kind, String payload, Instant next, @Nullable String requestId);

        @Query(
                value = "SELECT * FROM outbox_messages WHERE status = 'PENDING' AND next_attempt_at <= :now"
                        + " AND (lease_until IS NULL OR lease_until < :now) ORDER BY next_attempt_at LIMIT :limit",
                nativeQuery = true)
        List<OutboxEntity> findDue(Instant now, int limit);

        @Query(
                value =
                        "UPDATE outbox_messages SET lease_until = :until WHERE message_key = :key AND status = 'PENDING'"
                                + " AND (lease_until IS NULL OR lease_until < :now)",
                nativeQuery = true)
        int lease(String key, Instant now, Instant until);

        @Query(
                value = "UPDATE outbox_messages SET status = 'DONE', lease_until = NULL WHERE message_key = :key",
                nativeQuery = true)
        int markDone(String key);

        @Query(
                value =
                        "UPDATE outbox_messages SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error,"
                                + " lease_until = NULL WHERE message_key = :key AND status = 'PENDING'",
                nativeQuery = true)
        int reschedule(String key, Instant next, String error);

        @Query(
                value = "SELECT * FROM outbox_messages WHERE status = 'PENDING' ORDER BY next_attempt_at",
                nativeQuery = true)
        List<OutboxEntity> findPending();

        @Query(
                value = "UPDATE outbox_messages SET status = 'FAILED', attempts = attempts + 1, last_error = :reason,"
                        + " lease_until = NULL, given_up_at = :at WHERE message_key = :key AND status = 'PENDING'",
                nativeQuery = true)
        int giveUp(String key, String reason, Instant at);

        @Query(
                value = "SELECT * FROM outbox_messages WHERE status = 'FAILED' ORDER BY next_attempt_at",
                nativeQuery = true)
        List<OutboxEntity> findFailed();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ProviderEventRepository extends CrudRepository<ProviderEventEntity, String> {

        @Query(
                value =
                        "SELECT * FROM provider_events WHERE outcome IN ('APPLIED_BUT_FLAGGED', 'UNKNOWN_TRANSACTION', 'MISMATCH',"
                                + " 'REFUSED')"
                                + " ORDER BY received_at",
                nativeQuery = true)
        List<ProviderEventEntity> findFlagged();

        @Query(
                value =
                        "SELECT * FROM provider_events WHERE outcome IN ('APPLIED_BUT_FLAGGED', 'UNKNOWN_TRANSACTION', 'MISMATCH',"
                                + " 'REFUSED') ORDER BY received_at DESC, event_key DESC LIMIT :limit OFFSET :offset",
                nativeQuery = true)
        List<ProviderEventEntity> findFlaggedPage(int limit, int offset);

        @Query(
                value =
                        "SELECT COUNT(*) FROM provider_events WHERE outcome IN ('APPLIED_BUT_FLAGGED', 'UNKNOWN_TRANSACTION',"
                                + " 'MISMATCH', 'REFUSED')",
                nativeQuery = true)
        long countFlagged();
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface IdempotencyKeyRepository extends CrudRepository<IdempotencyKeyEntity, String> {}
}
