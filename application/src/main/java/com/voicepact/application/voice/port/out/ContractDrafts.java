package com.voicepact.application.voice.port.out;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.voice.ContractDraft;
import java.util.Optional;

/** The drafts of calls that lacked product, quantity or price, by their reserved contract id. */
public interface ContractDrafts {

    /**
     * Inserts a new draft (version 0) or updates a loaded one and returns it at its new version.
     *
     * @throws com.voicepact.application.shared.port.out.ConcurrentUpdateException when the stored version moved on
     *     since the draft was loaded, or a draft with its id exists already
     */
    ContractDraft save(ContractDraft draft);

    Optional<ContractDraft> findById(ContractId id);
}
