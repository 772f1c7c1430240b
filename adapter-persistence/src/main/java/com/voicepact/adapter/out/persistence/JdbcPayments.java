package com.voicepact.adapter.out.persistence;

import com.voicepact.adapter.out.persistence.EscrowRepositories.PaymentRepository;
import com.voicepact.adapter.out.persistence.EscrowRepositories.PayoutRepository;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Singleton
final class JdbcPayments implements Payments {

    private static final UniqueKey[] KEYS = {
        UniqueKey.primaryKey("payments", "transaction_id", "a payment with this id exists already"),
        new UniqueKey(
                "payments_provider_transaction",
                "payments",
                "provider_transaction_id",
                "its provider transaction id is already recorded for another payment"),
        UniqueKey.primaryKey("payment_payouts", "id", "a payout with this id exists already")
    };
    private final PaymentRepository payments;
    private final PayoutRepository payouts;
    private final TransactionOperations<Connection> transactions;

    JdbcPayments(PaymentRepository payments, PayoutRepository payouts, TransactionOperations<Connection> transactions) {
        this.payments = payments;
        this.payouts = payouts;
        this.transactions = transactions;
    }

    @Override
    public EscrowPayment save(EscrowPayment payment) {
        return DatabaseFailures.write(
                transactions,
                "payment " + payment.id(),
                status -> {
                    boolean created = payment.version() == 0;
                    PaymentEntity saved = created
                            ? payments.save(PaymentMapper.toEntity(payment))
                            : payments.update(PaymentMapper.toEntity(payment));
                    if (!created) { // a new payment has no payout rows yet
                        payouts.deleteByTransactionId(payment.id().value());
                    }
                    List<PayoutEntity> written = PaymentMapper.payoutsOf(payment);
                    payouts.saveAll(written);
                    return PaymentMapper.toDomain(saved, written); // what was just written: not read back
                },
                KEYS);
    }

    @Override
    public Optional<EscrowPayment> findById(TransactionId id) {
        return read(() -> payments.findById(id.value()).map(List::of).orElse(List.of())).stream()
                .findFirst();
    }

    @Override
    public Optional<EscrowPayment> findByProviderTransactionId(String providerTransactionId) {
        return read(() -> payments.findByProviderTransactionId(providerTransactionId)).stream()
                .findFirst();
    }

    @Override
    public Optional<EscrowPayment> findByPayout(String payoutOrProviderId) {
        return read(() -> payments.findByPayout(payoutOrProviderId)).stream().findFirst();
    }

    @Override
    public List<EscrowPayment> findByContract(ContractId contract) {
        return read(() -> payments.findByContract(contract.value()));
    }

    @Override
    public List<EscrowPayment> findByContracts(Collection<ContractId> contracts) {
        return contracts.isEmpty()
                ? List.of()
                : read(() -> payments.findByContracts(
                        contracts.stream().map(ContractId::value).toList()));
    }

    @Override
    public List<EscrowPayment> findPendingCreatedBefore(Instant before, int limit) {
        return read(() -> payments.findPendingCreatedBefore(before, limit));
    }

    @Override
    public List<EscrowPayment> findRetryableClosedBefore(Instant before, int limit) {
        return read(() -> payments.findRetryableClosedBefore(before, limit));
    }

    @Override
    public List<EscrowPayment> findCreatedBetween(Instant from, Instant to) {
        return read(() -> payments.findCreatedBetween(from, to));
    }

    @Override
    public List<EscrowPayment> findPayingOut(int limit) {
        return read(() -> payments.findPayingOut(limit));
    }

    private List<EscrowPayment> read(java.util.function.Supplier<List<PaymentEntity>> rows) {
        return transactions.executeRead(status -> assemble(rows.get()));
    }

    private List<EscrowPayment> assemble(List<PaymentEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<PayoutEntity>> byPayment =
                payouts
                        .findByTransactionIdInOrderByPosition(
                                rows.stream().map(PaymentEntity::transactionId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(PayoutEntity::transactionId));
        return rows.stream()
                .map(e -> PaymentMapper.toDomain(e, byPayment.getOrDefault(e.transactionId(), List.of())))
                .toList();
    }
}
