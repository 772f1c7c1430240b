package com.voicepact.domain.voice;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.extraction.ExtractedTerms;
import java.time.Instant;
import java.util.List;

/**
 * Every stored field of a {@link ContractDraft}; the persistence mapper's way in and out of it.
 *
 * @param id the contract id reserved for the draft: the contract it becomes carries it
 * @param heard the terms heard on the call, then those the parties sent (at confidence 1)
 * @param expiresAt when the draft can no longer be completed (its creation plus the confirmation window)
 * @param completedAt when it became a contract; null while open
 * @param version 0 for a draft never saved
 */
public record ContractDraftSnapshot(
        ContractId id,
        ContractType type,
        List<Party> parties,
        String transcript,
        ExtractedTerms heard,
        Instant createdAt,
        Instant expiresAt,
        Instant completedAt,
        long version) {

    public ContractDraftSnapshot {
        parties = List.copyOf(parties);
    }
}
