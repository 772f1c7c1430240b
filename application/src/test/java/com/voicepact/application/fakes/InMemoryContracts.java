package com.voicepact.application.fakes;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractSnapshot;
import com.voicepact.domain.contract.ContractStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Contracts kept as snapshots, so callers never share a mutable aggregate with the store. */
public final class InMemoryContracts
        implements Contracts, com.voicepact.application.contract.port.out.DisputedContracts {

    private static final Comparator<ContractSnapshot> NEWEST_FIRST = Comparator.comparing(ContractSnapshot::createdAt)
            .thenComparing(s -> s.id().value())
            .reversed();
    private final Map<ContractId, ContractSnapshot> store = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryContracts(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized Contract save(Contract contract) {
        ContractSnapshot current = store.get(contract.id());
        long storedVersion = current == null ? 0 : current.version();
        if (storedVersion != contract.version()) {
            throw new ConcurrentUpdateException(
                    "contract " + contract.id() + " was changed by someone else (version " + contract.version()
                            + " is stale, stored " + storedVersion + ")",
                    null);
        }
        ContractSnapshot s = contract.snapshot();
        ContractSnapshot saved = new ContractSnapshot(
                s.id(),
                s.type(),
                s.parties(),
                s.terms(),
                s.transcript(),
                s.marks(),
                s.termsSince(),
                s.termsVersion(),
                s.status(),
                s.createdAt(),
                s.expiresAt(),
                s.confirmedAt(),
                s.activatedAt(),
                s.closedAt(),
                s.confirmations(),
                s.delivery(),
                s.dispute(),
                s.cancellationRequests(),
                storedVersion + 1);
        store.put(contract.id(), saved);
        transactions.onRollback(() -> restore(contract.id(), current));
        return Contract.reconstitute(saved);
    }

    private void restore(ContractId id, ContractSnapshot previous) {
        if (previous == null) {
            store.remove(id);
        } else {
            store.put(id, previous);
        }
    }

    @Override
    public Optional<Contract> findById(ContractId id) {
        return Optional.ofNullable(store.get(id)).map(Contract::reconstitute);
    }

    @Override
    public ContractPage search(ContractSearch search) {
        List<ContractSnapshot> matches = store.values().stream()
                .filter(s -> search.status() == null || s.status() == search.status())
                .filter(s -> search.party() == null || s.parties().stream().anyMatch(p -> p.has(search.party())))
                .sorted(NEWEST_FIRST)
                .toList();
        List<Contract> page = matches.stream()
                .skip(search.offset())
                .limit(search.limit())
                .map(Contract::reconstitute)
                .toList();
        return new ContractPage(page, matches.size(), search.limit(), search.offset());
    }

    @Override
    public List<ContractId> findPendingExpiredAt(Instant at, int limit) {
        return store.values().stream()
                .filter(s ->
                        s.status() == ContractStatus.PENDING && !s.expiresAt().isAfter(at))
                .sorted(Comparator.comparing(ContractSnapshot::expiresAt))
                .limit(limit)
                .map(ContractSnapshot::id)
                .toList();
    }

    @Override
    public List<ContractId> awaitingDecision(int limit, int offset) {
        return awaiting().skip(offset).limit(limit).map(ContractSnapshot::id).toList();
    }

    @Override
    public long countAwaitingDecision() {
        return awaiting().count();
    }

    /** DISPUTED with the dispute open, the longest waiting first (by time raised, then id). */
    private java.util.stream.Stream<ContractSnapshot> awaiting() {
        return store.values().stream()
                .filter(s -> s.status() == ContractStatus.DISPUTED
                        && s.dispute() != null
                        && s.dispute().isOpen())
                .sorted(Comparator.comparing((ContractSnapshot s) -> s.dispute().raisedAt())
                        .thenComparing(s -> s.id().value()));
    }

    @Override
    public List<ContractId> findActiveFundedBefore(Instant activatedBefore, int limit) {
        return store.values().stream()
                .filter(s -> s.status() == ContractStatus.ACTIVE
                        && s.activatedAt() != null
                        && !s.activatedAt().isAfter(activatedBefore))
                .sorted(Comparator.comparing(ContractSnapshot::activatedAt))
                .limit(limit)
                .map(ContractSnapshot::id)
                .toList();
    }

    /** Every stored contract's status (for {@link InMemoryBusinessFigures}). */
    public List<com.voicepact.domain.contract.ContractStatus> statuses() {
        return store.values().stream().map(ContractSnapshot::status).toList();
    }
}
