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
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.TermMarks;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractionContext;
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
    private final String defaultCountry;

    /** A Kenyan deployment's: a currency not named nor given by the parties' phones is KES. */
    public TranscriptContractService(CreateContractUseCase create, IncompleteDrafts incomplete, ClockPort clock) {
        this(create, incomplete, clock, ExtractionContext.KENYA);
    }

    /**
     * @param defaultCountry the deployment's country (ISO 3166-1 alpha-2, {@code VOICEPACT_DEFAULT_COUNTRY}): its
     *        currency is the call's when none is named and the parties' phones are not all of one country
     */
    public TranscriptContractService(
            CreateContractUseCase create, IncompleteDrafts incomplete, ClockPort clock, String defaultCountry) {
        this.create = create;
        this.incomplete = incomplete;
        this.clock = clock;
        this.defaultCountry = defaultCountry;
    }

    @Override
    public ExtractedTerms extract(ExtractTermsCommand command) {
        LocalDate day = command.referenceDate() != null
                ? command.referenceDate()
                : clock.now().atZone(clock.zone()).toLocalDate();
        return TermExtractor.extract(
                command.transcript(), new ExtractionContext(day, command.parties(), defaultCountry));
    }

    @Override
    public TranscriptDraft draft(DraftFromTranscriptCommand command) {
        ExtractedTerms terms = extract(new ExtractTermsCommand(
                command.transcript(),
                command.callDate(),
                command.parties().stream().map(Party::phone).toList()));
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
