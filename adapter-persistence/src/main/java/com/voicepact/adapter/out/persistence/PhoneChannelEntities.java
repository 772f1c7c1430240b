package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

/** Tables of the USSD and SMS channels and their repositories. */
final class PhoneChannelEntities {

    private PhoneChannelEntities() {}

    @MappedEntity("ussd_sessions")
    record UssdSessionEntity(
            @Id String sessionId,
            @Version Long version,
            String phone,
            String state,
            String lastText,
            String lastScreen,
            Instant startedAt,
            Instant updatedAt,
            int hops) {}

    @MappedEntity("language_preferences")
    record LanguageEntity(@Id String phone, String language, Instant updatedAt) {}

    @MappedEntity("sms_log")
    record SmsLogEntity(
            @Id String messageId,
            String recipient,
            String text,
            String type,
            String status,
            @Nullable String cost,
            @Nullable String contractId,
            Instant sentAt,
            @Nullable Instant deliveredAt,
            @Nullable String failureReason) {}

    @MappedEntity("sms_reports_kept")
    record KeptReportEntity(
            @Id @GeneratedValue @Nullable Long id,
            String messageId,
            String status,
            @Nullable String failureReason,
            Instant reportedAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface KeptReportRepository extends CrudRepository<KeptReportEntity, Long> {

        @Query(value = "SELECT * FROM sms_reports_kept WHERE message_id = :messageId ORDER BY id", nativeQuery = true)
        List<KeptReportEntity> findKept(String messageId);

        @Query(value = "DELETE FROM sms_reports_kept WHERE message_id = :messageId AND id <= :upTo", nativeQuery = true)
        int forget(String messageId, long upTo);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface UssdSessionRepository extends CrudRepository<UssdSessionEntity, String> {

        @Query(value = "DELETE FROM ussd_sessions WHERE updated_at < :before", nativeQuery = true)
        int deleteUpdatedBefore(Instant before);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface LanguageRepository extends CrudRepository<LanguageEntity, String> {

        @Query(
                value = "UPDATE language_preferences SET language = :language, updated_at = :at WHERE phone = :phone",
                nativeQuery = true)
        int change(String phone, String language, Instant at);

        /** Portable to H2 and PostgreSQL: a plain ON CONFLICT DO NOTHING (H2 knows no conflict target). */
        @Query(
                value = "INSERT INTO language_preferences (phone, language, updated_at) VALUES (:phone, :language, :at)"
                        + " ON CONFLICT DO NOTHING",
                nativeQuery = true)
        int insertIfAbsent(String phone, String language, Instant at);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SmsLogRepository extends CrudRepository<SmsLogEntity, String> {

        @Query(
                value =
                        "INSERT INTO sms_log (message_id, recipient, text, type, status, cost, contract_id, sent_at, failure_reason)"
                                + " VALUES (:messageId, :recipient, :text, :type, :status, :cost, :contractId, :sentAt, :failureReason)"
                                + " ON CONFLICT DO NOTHING",
                nativeQuery = true)
        void insertIfAbsent(
                String messageId,
                String recipient,
                String text,
                String type,
                String status,
                @Nullable String cost,
                @Nullable String contractId,
                Instant sentAt,
                @Nullable String failureReason);

        /** Compare-and-set: changes the status only if it is still {@code expected}; 0 when another report came first. */
        @Query(
                value = "UPDATE sms_log SET status = :status, failure_reason = :failureReason,"
                        + " delivered_at = CASE WHEN :delivered THEN CAST(:at AS TIMESTAMP WITH TIME ZONE) ELSE delivered_at END"
                        + " WHERE message_id = :messageId AND status = :expected",
                nativeQuery = true)
        int changeStatus(
                String messageId,
                String expected,
                String status,
                @Nullable String failureReason,
                boolean delivered,
                Instant at);

        @Query(value = "SELECT * FROM sms_log WHERE recipient = :recipient ORDER BY sent_at", nativeQuery = true)
        List<SmsLogEntity> findForRecipient(String recipient);

        @Query(
                value = "SELECT * FROM sms_log WHERE contract_id = :contractId ORDER BY sent_at, message_id",
                nativeQuery = true)
        List<SmsLogEntity> findForContract(String contractId);
    }
}
