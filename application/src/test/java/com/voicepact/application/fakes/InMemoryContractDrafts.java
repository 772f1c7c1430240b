package com.voicepact.application.fakes;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.voice.ContractDraft;
import com.voicepact.domain.voice.ContractDraftSnapshot;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Drafts kept as snapshots, with versions and rollback, behaving as the JDBC adapter does. */
public final class InMemoryContractDrafts implements ContractDrafts {

    private final Map<ContractId, ContractDraftSnapshot> drafts = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryContractDrafts(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized ContractDraft save(ContractDraft draft) {
        ContractDraftSnapshot current = drafts.get(draft.id());
        long stored = current == null ? 0 : current.version();
        if (stored != draft.version()) {
            throw new ConcurrentUpdateException("draft " + draft.id() + " was changed by someone else", null);
        }
        ContractDraftSnapshot s = draft.snapshot();
        ContractDraftSnapshot saved = new ContractDraftSnapshot(
                s.id(),
                s.type(),
                s.parties(),
                s.transcript(),
                s.heard(),
                s.createdAt(),
                s.expiresAt(),
                s.completedAt(),
                stored + 1);
        drafts.put(draft.id(), saved);
        transactions.onRollback(() -> restore(draft.id(), current));
        return ContractDraft.reconstitute(saved);
    }

    private synchronized void restore(ContractId id, ContractDraftSnapshot previous) {
        if (previous == null) {
            drafts.remove(id);
        } else {
            drafts.put(id, previous);
        }
    }

    @Override
    public Optional<ContractDraft> findById(ContractId id) {
        return Optional.ofNullable(drafts.get(id)).map(ContractDraft::reconstitute);
    }

    public void clear() {
        drafts.clear();
    }
}
