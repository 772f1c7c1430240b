package com.voicepact.application.escrow.port.out;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.Posting;
import java.util.List;

/** The double-entry escrow ledger, append-only. */
public interface LedgerPostings {

    /** @throws ConcurrentUpdateException when a posting with the same id exists (the event was posted already) */
    void post(Posting posting);

    List<Posting> forContract(ContractId contract);

    List<Posting> all();
}
