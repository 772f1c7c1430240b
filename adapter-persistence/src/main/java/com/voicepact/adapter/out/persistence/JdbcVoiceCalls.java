package com.voicepact.adapter.out.persistence;

import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.ProcessingStatus;
import com.voicepact.domain.voice.VoiceCall;
import com.voicepact.domain.voice.VoiceCallSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The voice_calls table; parties are kept as {@code phone|role|name} entries in one column. A save
 * writes {@code lease_until} null: the step that held the processing lease is over.
 */
@Singleton
final class JdbcVoiceCalls implements VoiceCalls {

    @MappedEntity("voice_calls")
    record VoiceCallEntity(
            @Id String id,
            @Version Long version,
            String sessionId,
            String parties,
            String contractType,
            String status,
            @Nullable String recordingUrl,
            @Nullable Integer durationSeconds,
            @Nullable String hangupCause,
            String processing,
            @Nullable String transcript,
            @Nullable String contractId,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant endedAt,
            @Nullable Instant nextAttemptAt,
            @Nullable Instant leaseUntil) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface VoiceCallRepository extends CrudRepository<VoiceCallEntity, String> {

        Optional<VoiceCallEntity> findBySessionId(String sessionId);

        String DUE = "status = 'RECORDED' AND processing IN ('WAITING', 'RETRYING') AND next_attempt_at <= :now"
                + " AND (lease_until IS NULL OR lease_until < :now)";

        @Query(
                value = "SELECT * FROM voice_calls WHERE " + DUE + " ORDER BY created_at, id LIMIT :limit",
                nativeQuery = true)
        List<VoiceCallEntity> findDue(Instant now, int limit);

        @Query(value = "UPDATE voice_calls SET lease_until = :until WHERE id = :id AND " + DUE, nativeQuery = true)
        int lease(String id, Instant now, Instant until);
    }

    private final VoiceCallRepository repository;
    private final TransactionOperations<Connection> tx;

    JdbcVoiceCalls(VoiceCallRepository repository, TransactionOperations<Connection> tx) {
        this.repository = repository;
        this.tx = tx;
    }

    @Override
    public VoiceCall save(VoiceCall call) {
        VoiceCallEntity entity = toEntity(call.snapshot());
        return DatabaseFailures.write(
                tx,
                "call " + call.id(),
                s -> toDomain(call.version() == 0 ? repository.save(entity) : repository.update(entity)),
                UniqueKey.primaryKey("voice_calls", "id", "stored by someone else"),
                new UniqueKey(
                        "voice_calls_session_id_key", "voice_calls", "session_id", "its session is already recorded"));
    }

    @Override
    public Optional<VoiceCall> findById(String id) {
        return tx.executeRead(s -> repository.findById(id).map(JdbcVoiceCalls::toDomain));
    }

    @Override
    public Optional<VoiceCall> findBySessionId(String sessionId) {
        return tx.executeRead(s -> repository.findBySessionId(sessionId).map(JdbcVoiceCalls::toDomain));
    }

    /** Like the outbox's claim: candidates are read, then each is taken by a conditional update committed on its own. */
    @Override
    public List<VoiceCall> claimDue(Instant now, Duration lease, int limit) {
        List<VoiceCall> claimed = new ArrayList<>();
        for (VoiceCallEntity candidate : tx.executeRead(s -> repository.findDue(now, limit))) {
            int won = tx.executeWrite(s -> repository.lease(candidate.id(), now, now.plus(lease)));
            if (won == 1) {
                findById(candidate.id()).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    private static VoiceCallEntity toEntity(VoiceCallSnapshot s) {
        String parties = s.parties().stream()
                .map(p -> p.phone().e164() + "|" + p.role().name() + "|"
                        + URLEncoder.encode(p.name(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(";"));
        return new VoiceCallEntity(
                s.id(),
                Math.max(s.version() - 1, 0),
                s.sessionId(),
                parties,
                s.contractType().name(),
                s.status().name(),
                s.recordingUrl(),
                s.durationSeconds(),
                s.hangupCause(),
                s.processing().name(),
                s.transcript(),
                s.contractId() == null ? null : s.contractId().value(),
                s.attempts(),
                s.lastError(),
                s.createdAt(),
                s.endedAt(),
                s.nextAttemptAt(),
                null);
    }

    private static VoiceCall toDomain(VoiceCallEntity e) {
        List<Party> parties = Arrays.stream(e.parties().split(";"))
                .map(p -> p.split("\\|", -1))
                .map(p -> Party.of(
                        new PhoneNumber(p[0]),
                        PartyRole.valueOf(p[1]),
                        URLDecoder.decode(p[2], StandardCharsets.UTF_8)))
                .toList();
        return VoiceCall.reconstitute(new VoiceCallSnapshot(
                e.id(),
                e.sessionId(),
                parties,
                ContractType.valueOf(e.contractType()),
                CallStatus.valueOf(e.status()),
                e.recordingUrl(),
                e.durationSeconds(),
                e.hangupCause(),
                ProcessingStatus.valueOf(e.processing()),
                e.transcript(),
                e.contractId() == null ? null : ContractId.parse(e.contractId()),
                e.attempts(),
                e.lastError(),
                e.createdAt(),
                e.endedAt(),
                e.nextAttemptAt(),
                e.version() + 1));
    }
}
