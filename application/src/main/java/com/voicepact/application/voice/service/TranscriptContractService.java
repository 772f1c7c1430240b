package com.voicepact.application.voice.service;

import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.voice.HeardTerms;
import com.voicepact.application.voice.IncompleteDrafts;
import com.voicepact.application.voice.port.in.DraftContractFromTranscriptUseCase;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.in.ExtractTermsCommand;
import com.voicepact.application.voice.port.in.ExtractTermsUseCase;
import com.voicepact.application.voice.port.in.TranscriptDraft;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.TermMarks;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.TermExtractor;
import java.time.LocalDate;
import java.util.List;

/**
 * From what was said to a contract: the terms are extracted; a complete draft becomes a PENDING
 * contract exactly as one created by API (each party gets the summary SMS, terms heard with low confidence marked);
 * an incomplete one is kept as a draft under a reserved contract id, and the parties are asked by SMS for what is
 * missing ({@link IncompleteDrafts}).
 */
public final class TranscriptContractService implements ExtractTermsUseCase, DraftContractFromTranscriptUseCase {

    private final CreateContractUseCase create;
    private final IncompleteDrafts incomplete;
    private final ClockPort clock;

    public TranscriptContractService(CreateContractUseCase create, IncompleteDrafts incomplete, ClockPort clock) {
        this.create = create;
        this.incomplete = incomplete;
        this.clock = clock;
    }

    @Override
    public ExtractedTerms extract(ExtractTermsCommand command) {
        LocalDate day = command.referenceDate() != null
                ? command.referenceDate()
                : clock.now().atZone(clock.zone()).toLocalDate();
        return TermExtractor.extract(command.transcript(), day);
    }

    @Override
    public TranscriptDraft draft(DraftFromTranscriptCommand command) {
        ExtractedTerms terms = extract(new ExtractTermsCommand(command.transcript(), command.callDate()));
        List<String> missing = terms.missingForConfirmation();
        if (!missing.isEmpty()) {
            return TranscriptDraft.incomplete(
                    terms, incomplete.keep(command, terms).id(), missing);
        }
        Contract contract = create.create(new CreateContractCommand(
                command.type(),
                command.parties(),
                HeardTerms.contractTerms(terms),
                command.transcript(),
                command.actor(),
                TermMarks.heardIn(terms),
                null));
        return new TranscriptDraft(terms, contract, null, List.of());
    }
}
