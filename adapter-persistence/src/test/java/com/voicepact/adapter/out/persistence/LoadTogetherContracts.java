package com.voicepact.adapter.out.persistence;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The contracts port for race tests: once {@link #race(int)} is armed, each racing thread's first load
 * waits until every racer has loaded, so their saves really collide; refused stale saves are counted.
 */
final class LoadTogetherContracts implements Contracts {

    private final Contracts delegate;
    private final ThreadLocal<Boolean> waited = ThreadLocal.withInitial(() -> false);
    private final AtomicInteger staleSavesRefused = new AtomicInteger();
    private volatile CyclicBarrier allLoaded;

    LoadTogetherContracts(Contracts delegate) {
        this.delegate = delegate;
    }

    /** From now on, the first load of each of {@code racers} threads waits for the others'. */
    void race(int racers) {
        allLoaded = new CyclicBarrier(racers);
    }

    /**
     * A racer that is done calls this: if it never loaded the contract (its action had nothing to do),
     * it still counts as arrived, so the others do not wait for it.
     */
    void leave() {
        CyclicBarrier barrier = allLoaded;
        if (barrier != null && !waited.get()) {
            waited.set(true);
            await(barrier);
        }
    }

    /** The race is over: loads no longer wait. */
    void calm() {
        allLoaded = null;
    }

    AtomicInteger staleSavesRefused() {
        return staleSavesRefused;
    }

    @Override
    public List<Contract> findByParty(PhoneNumber party, int limit) {
        return delegate.findByParty(party, limit);
    }

    @Override
    public Optional<Contract> findById(ContractId id) {
        Optional<Contract> loaded = delegate.findById(id);
        CyclicBarrier barrier = allLoaded;
        if (barrier != null && !waited.get()) {
            waited.set(true);
            await(barrier);
        }
        return loaded;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other party never loaded the contract", e);
        }
    }

    @Override
    public Contract save(Contract contract) {
        try {
            return delegate.save(contract);
        } catch (ConcurrentUpdateException stale) {
            staleSavesRefused.incrementAndGet();
            throw stale;
        }
    }

    @Override
    public ContractPage search(ContractSearch search) {
        return delegate.search(search);
    }

    @Override
    public List<ContractId> findPendingExpiredAt(Instant at, int limit) {
        return delegate.findPendingExpiredAt(at, limit);
    }

    @Override
    public List<ContractId> findActiveFundedBefore(Instant activatedBefore, int limit) {
        return delegate.findActiveFundedBefore(activatedBefore, limit);
    }
}
