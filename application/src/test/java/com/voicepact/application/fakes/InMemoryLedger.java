package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.Posting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InMemoryLedger implements LedgerPostings {

    private final Map<String, Posting> postings = new LinkedHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryLedger(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized void post(Posting posting) {
        if (postings.containsKey(posting.id())) {
            throw new ConcurrentUpdateException("posting " + posting.id() + " exists already", null);
        }
        postings.put(posting.id(), posting);
        transactions.onRollback(() -> remove(posting.id()));
    }

    private synchronized void remove(String id) {
        postings.remove(id);
    }

    @Override
    public synchronized List<Posting> forContract(ContractId contract) {
        return postings.values().stream()
                .filter(p -> p.contract().equals(contract))
                .toList();
    }

    @Override
    public synchronized List<Posting> all() {
        return new ArrayList<>(postings.values());
    }
}
