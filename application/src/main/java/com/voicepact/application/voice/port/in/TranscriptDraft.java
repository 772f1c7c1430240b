package com.voicepact.application.voice.port.in;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.extraction.ExtractedTerms;
import java.util.List;

/**
 * What a transcript became: a PENDING contract (summary SMS sent to every party), or, when product,
 * quantity or price was not heard, no contract and the parties asked by SMS to complete the missing terms.
 */
public record TranscriptDraft(ExtractedTerms terms, Contract contract, List<String> missing) {

    public TranscriptDraft {
        missing = List.copyOf(missing);
    }

    public boolean created() {
        return contract != null;
    }
}
