package com.voicepact.adapter.out.persistence;

import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.voice.ContractDraft;
import com.voicepact.domain.voice.ContractDraftSnapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
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
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The contract_drafts table (V94); parties as voice_calls keeps them, the heard terms as {@link HeardColumn} says. */
@Singleton
final class JdbcContractDrafts implements ContractDrafts {

    @MappedEntity("contract_drafts")
    record DraftEntity(
            @Id String id,
            @Version Long version,
            String contractType,
            String parties,
            String transcript,
            String heard,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant completedAt) {}

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DraftRepository extends CrudRepository<DraftEntity, String> {}

    private final DraftRepository repository;
    private final TransactionOperations<Connection> tx;

    JdbcContractDrafts(DraftRepository repository, TransactionOperations<Connection> tx) {
        this.repository = repository;
        this.tx = tx;
    }

    @Override
    public ContractDraft save(ContractDraft draft) {
        DraftEntity entity = toEntity(draft.snapshot());
        return DatabaseFailures.write(
                tx,
                "draft " + draft.id() + " (version " + draft.version() + ")",
                s -> toDomain(draft.version() == 0 ? repository.save(entity) : repository.update(entity)),
                UniqueKey.primaryKey("contract_drafts", "id", "a draft with this id exists already"));
    }

    @Override
    public Optional<ContractDraft> findById(ContractId id) {
        return tx.executeRead(s -> repository.findById(id.value()).map(JdbcContractDrafts::toDomain));
    }

    private static DraftEntity toEntity(ContractDraftSnapshot s) {
        String parties = s.parties().stream()
                .map(p -> p.phone().e164() + "|" + p.role().name() + "|"
                        + URLEncoder.encode(p.name(), StandardCharsets.UTF_8))
                .collect(Collectors.joining(";"));
        return new DraftEntity(
                s.id().value(),
                Math.max(s.version() - 1, 0),
                s.type().name(),
                parties,
                s.transcript(),
                HeardColumn.write(s.heard()),
                s.createdAt(),
                s.expiresAt(),
                s.completedAt());
    }

    private static ContractDraft toDomain(DraftEntity e) {
        List<Party> parties = Arrays.stream(e.parties().split(";"))
                .map(p -> p.split("\\|", -1))
                .map(p -> Party.of(
                        new PhoneNumber(p[0]),
                        PartyRole.valueOf(p[1]),
                        URLDecoder.decode(p[2], StandardCharsets.UTF_8)))
                .toList();
        return ContractDraft.reconstitute(new ContractDraftSnapshot(
                ContractId.parse(e.id()),
                ContractType.valueOf(e.contractType()),
                parties,
                e.transcript(),
                HeardColumn.read(e.heard()),
                e.createdAt(),
                e.expiresAt(),
                e.completedAt(),
                e.version() + 1));
    }
}
