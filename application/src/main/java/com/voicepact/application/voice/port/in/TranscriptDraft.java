package com.voicepact.application.voice.port.in;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.extraction.ExtractedTerms;
import java.util.List;

/**
 * What a transcript became: a PENDING contract (summary SMS sent to every party), or, when product, quantity or price
 * was not heard, a draft kept under the reserved contract id {@code draft} and the parties asked by SMS to send the
 * missing terms.
 */
public record TranscriptDraft(ExtractedTerms terms, Contract contract, ContractId draft, List<String> missing) {

    public TranscriptDraft {
        missing = List.copyOf(missing);
    }

    public static TranscriptDraft incomplete(ExtractedTerms terms, ContractId draft, List<String> missing) {
        return new TranscriptDraft(terms, null, draft, missing);
    }

    public boolean created() {
        return contract != null;
    }
}
