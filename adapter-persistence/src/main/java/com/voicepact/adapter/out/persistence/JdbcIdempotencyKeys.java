package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.EscrowRepositories.IdempotencyKeyRepository;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.domain.payment.TransactionId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

@Singleton
final class JdbcIdempotencyKeys implements IdempotencyKeys {

    private static final int DESCRIPTION = 500;
    private final IdempotencyKeyRepository keys;
    private final TransactionOperations<Connection> transactions;

    JdbcIdempotencyKeys(IdempotencyKeyRepository keys, TransactionOperations<Connection> transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    @Override
    public Optional<KeyedCheckout> find(String key) {
        return transactions.executeRead(s -> keys.findById(key).map(JdbcIdempotencyKeys::keyed));
    }

    @Override
    public void remember(String key, TransactionId payment, String request, Instant at) {
        DatabaseFailures.write(
                transactions,
                "idempotency key",
                s -> keys.save(new IdempotencyKeyEntity(key, payment.value(), at, request, null, null, null)),
                UniqueKey.primaryKey("idempotency_keys", "idem_key", "taken by another request"));
    }

    @Override
    public void answered(String key, FirstAnswer answer) {
        transactions.executeWrite(s -> {
            keys.findById(key)
                    .filter(e -> e.answerKind() == null)
                    .ifPresent(e -> keys.update(new IdempotencyKeyEntity(
                            e.idemKey(),
                            e.transactionId(),
                            e.createdAt(),
                            e.requestSummary(),
                            answer.kind().name(),
                            shortened(answer.description()),
                            answer.refusal() == null ? null : answer.refusal().name())));
            return null;
        });
    }

    private static KeyedCheckout keyed(IdempotencyKeyEntity e) {
        Optional<FirstAnswer> answer = e.answerKind() == null
                ? Optional.empty()
                : Optional.of(new FirstAnswer(
                        AnswerKind.valueOf(e.answerKind()),
                        e.answerDescription(),
                        e.answerRefusal() == null ? null : FailureReason.valueOf(e.answerRefusal())));
        return new KeyedCheckout(
                e.idemKey(), TransactionId.parse(e.transactionId()), e.requestSummary(), answer, e.createdAt());
    }

    private static String shortened(String description) {
        return description == null || description.length() <= DESCRIPTION
                ? description
                : description.substring(0, DESCRIPTION);
    }
}
