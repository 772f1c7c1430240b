package com.voicepact.application.escrow.port.out;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All escrow payments. Saving checks the version the payment was loaded at, like {@link Contracts}. */
public interface Payments {

    /** @throws ConcurrentUpdateException on a stale version or an id taken by someone else */
    EscrowPayment save(EscrowPayment payment);

    Optional<EscrowPayment> findById(TransactionId id);

    Optional<EscrowPayment> findByProviderTransactionId(String providerTransactionId);

    /** The payment one of whose payouts has this id (ours) or this provider id. */
    Optional<EscrowPayment> findByPayout(String payoutOrProviderId);

    /** Oldest first. */
    List<EscrowPayment> findByContract(ContractId contract);

    /**
     * The payments of several contracts at once, each contract's in {@link #findByContract}'s order, contracts in no
     * particular order. A store that reads them in one query overrides it.
     */
    default List<EscrowPayment> findByContracts(Collection<ContractId> contracts) {
        return contracts.stream().flatMap(c -> findByContract(c).stream()).toList();
    }

    /** PENDING checkouts created at or before {@code before}, oldest first. */
    List<EscrowPayment> findPendingCreatedBefore(Instant before, int limit);

    /** FAILED or EXPIRED checkouts closed at or before {@code before}, oldest first. */
    List<EscrowPayment> findRetryableClosedBefore(Instant before, int limit);

    List<EscrowPayment> findCreatedBetween(Instant from, Instant to);

    /** RELEASING or REFUNDING payments (those with payouts in flight), oldest first. */
    List<EscrowPayment> findPayingOut(int limit);
}
