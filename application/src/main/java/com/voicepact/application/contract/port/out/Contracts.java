package com.voicepact.application.contract.port.out;

import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** All contracts, as a collection. Saving checks the version the contract was loaded at. */
public interface Contracts {

    /**
     * Inserts a new contract (version 0) or updates a loaded one and returns it at its new version.
     *
     * @throws ConcurrentUpdateException when the stored version moved on since the contract was loaded
     */
    Contract save(Contract contract);

    Optional<Contract> findById(ContractId id);

    /**
     * The contract, held until the caller's unit of work ends: another unit asking for it here waits until then. For a
     * decision over the contract's payments (are they enough to fund it? is every payout done?), so that two units
     * changing different payments of one contract at once each see the other's change: without it, both saw the other
     * payment as it was and neither funded the contract. A database holds the contract's row
     * ({@code SELECT ... FOR UPDATE}); a store whose units of work run one at a time may keep this default.
     */
    default Optional<Contract> findByIdForUpdate(ContractId id) {
        return findById(id);
    }

    /** Newest first; a null phone or status means any. */
    ContractPage search(ContractSearch search);

    /**
     * Up to {@code limit} contracts {@code party} is a party to, newest first, as {@link #search} finds them but without
     * counting them all: for a screen that shows a caller's contracts on every hop. A store with a cheaper way to
     * find one party's contracts overrides it.
     */
    default List<Contract> findByParty(PhoneNumber party, int limit) {
        return search(new ContractSearch(party, null, limit, 0)).contracts();
    }

    /** Ids of PENDING contracts whose confirmation window closed at or before {@code at}. */
    List<ContractId> findPendingExpiredAt(Instant at, int limit);

    /** Ids of ACTIVE contracts funded at or before {@code activatedBefore}. */
    List<ContractId> findActiveFundedBefore(Instant activatedBefore, int limit);
}
