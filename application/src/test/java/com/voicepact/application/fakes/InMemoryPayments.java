package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.EscrowPaymentSnapshot;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

public final class InMemoryPayments implements Payments {

    private final Map<TransactionId, EscrowPaymentSnapshot> store = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryPayments(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized EscrowPayment save(EscrowPayment payment) {
        EscrowPaymentSnapshot current = store.get(payment.id());
        long stored = current == null ? 0 : current.version();
        if (stored != payment.version()) {
            throw new ConcurrentUpdateException(
                    "payment " + payment.id() + " version " + payment.version() + " is stale", null);
        }
        EscrowPaymentSnapshot s = payment.snapshot();
        if (s.providerTransactionId() != null
                && store.values().stream()
                        .anyMatch(other -> !other.id().equals(s.id())
                                && s.providerTransactionId().equals(other.providerTransactionId()))) {
            throw new ConcurrentUpdateException(
                    "payment " + payment.id() + ": its provider transaction id is already recorded for another payment",
                    null);
        }
        EscrowPaymentSnapshot saved = new EscrowPaymentSnapshot(
                s.id(),
                s.contractId(),
                s.payer(),
                s.recipient(),
                s.amount(),
                s.reference(),
                s.status(),
                s.providerTransactionId(),
                s.createdAt(),
                s.confirmedAt(),
                s.closedAt(),
                s.failureReason(),
                s.retryCount(),
                s.metadata(),
                s.payouts(),
                stored + 1,
                s.collectionReceipt(),
                s.retryOf());
        store.put(payment.id(), saved);
        transactions.onRollback(() -> restore(payment.id(), current));
        return EscrowPayment.reconstitute(saved);
    }

    private synchronized void restore(TransactionId id, EscrowPaymentSnapshot previous) {
        if (previous == null) {
            store.remove(id);
        } else {
            store.put(id, previous);
        }
    }

    @Override
    public Optional<EscrowPayment> findById(TransactionId id) {
        return Optional.ofNullable(store.get(id)).map(EscrowPayment::reconstitute);
    }

    @Override
    public Optional<EscrowPayment> findByProviderTransactionId(String providerTransactionId) {
        return first(s -> providerTransactionId.equals(s.providerTransactionId()));
    }

    @Override
    public Optional<EscrowPayment> findByPayout(String payoutOrProviderId) {
        return first(s -> s.payouts().stream()
                .anyMatch(p -> payoutOrProviderId.equals(p.id()) || payoutOrProviderId.equals(p.providerId())));
    }

    @Override
    public List<EscrowPayment> findByContract(ContractId contract) {
        return select(s -> s.contractId().equals(contract), Integer.MAX_VALUE);
    }

    @Override
    public List<EscrowPayment> findPendingCreatedBefore(Instant before, int limit) {
        return select(s -> s.status() == PaymentStatus.PENDING && !s.createdAt().isAfter(before), limit);
    }

    @Override
    public List<EscrowPayment> findPayingOut(int limit) {
        return select(s -> s.status() == PaymentStatus.RELEASING || s.status() == PaymentStatus.REFUNDING, limit);
    }

    @Override
    public List<EscrowPayment> findRetryableClosedBefore(Instant before, int limit) {
        return select(
                s -> (s.status() == PaymentStatus.FAILED || s.status() == PaymentStatus.EXPIRED)
                        && s.closedAt() != null
                        && !s.closedAt().isAfter(before),
                limit);
    }

    @Override
    public List<EscrowPayment> findCreatedBetween(Instant from, Instant to) {
        return select(s -> !s.createdAt().isBefore(from) && s.createdAt().isBefore(to), Integer.MAX_VALUE);
    }

    private Optional<EscrowPayment> first(Predicate<EscrowPaymentSnapshot> filter) {
        return select(filter, 1).stream().findFirst();
    }

    private List<EscrowPayment> select(Predicate<EscrowPaymentSnapshot> filter, int limit) {
        return store.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing(EscrowPaymentSnapshot::createdAt).thenComparing(s -> s.id().value()))
                .limit(limit)
                .map(EscrowPayment::reconstitute)
                .toList();
    }

    /** Every stored payment (for {@link InMemoryBusinessFigures}). */
    public List<EscrowPaymentSnapshot> snapshots() {
        return List.copyOf(store.values());
    }
}
