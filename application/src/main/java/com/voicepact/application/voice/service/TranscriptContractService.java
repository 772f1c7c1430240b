package com.voicepact.application.voice.service;

import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.in.DraftContractFromTranscriptUseCase;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.in.ExtractTermsCommand;
import com.voicepact.application.voice.port.in.ExtractTermsUseCase;
import com.voicepact.application.voice.port.in.TranscriptDraft;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PlainText;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractionContext;
import com.voicepact.domain.extraction.TermExtractor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * From what was said to a contract: the terms are extracted; a complete draft becomes a PENDING
 * contract exactly as one created by API (each party gets the summary SMS); an incomplete one
 * creates nothing, and the parties are asked by SMS for what is missing.
 */
public final class TranscriptContractService implements ExtractTermsUseCase, DraftContractFromTranscriptUseCase {

    private final CreateContractUseCase create;
    private final Messenger messenger;
    private final ClockPort clock;
    private final TransactionPort transactions;
    private final String defaultCountry;

    /** A Kenyan deployment's: a currency not named nor given by the parties' phones is KES. */
    public TranscriptContractService(
            CreateContractUseCase create, Messenger messenger, ClockPort clock, TransactionPort transactions) {
        this(create, messenger, clock, transactions, ExtractionContext.KENYA);
    }

    /**
     * @param defaultCountry the deployment's country (ISO 3166-1 alpha-2, {@code VOICEPACT_DEFAULT_COUNTRY}): its
     *        currency is the call's when none is named and the parties' phones are not all of one country
     */
    public TranscriptContractService(
            CreateContractUseCase create,
            Messenger messenger,
            ClockPort clock,
            TransactionPort transactions,
            String defaultCountry) {
        this.create = create;
        this.messenger = messenger;
        this.clock = clock;
        this.transactions = transactions;
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
            askToComplete(command, missing);
            return new TranscriptDraft(terms, null, missing);
        }
        Contract contract = create.create(new CreateContractCommand(
                command.type(), command.parties(), contractTerms(terms), command.transcript(), command.actor()));
        return new TranscriptDraft(terms, contract, List.of());
    }

    private static ContractTerms contractTerms(ExtractedTerms t) {
        CurrencyCode currency =
                CurrencyCode.parse(t.currency().present() ? t.currency().value() : "KES");
        Quantity quantity = Quantity.of(
                t.quantity()
                        .value()
                        .setScale(Math.min(3, Math.max(0, t.quantity().value().scale())), RoundingMode.HALF_EVEN),
                PlainText.clean(t.unit().value()));
        Money total = money(t.totalAmount().value(), currency);
        Money unitPrice = money(t.unitPrice().value(), currency);
        if (total != null
                && unitPrice != null
                && !unitPrice.times(quantity.value()).equals(total)) {
            unitPrice = null; // a rounded per-unit price cannot reproduce the said total: the total is what was agreed
        }
        return ContractTerms.of(
                PlainText.clean(t.product().value()),
                quantity,
                unitPrice,
                total, // spoken words are cleaned, not refused
                PlainText.clean(t.deliveryLocation().value()),
                t.deliveryDeadline().value(),
                PlainText.clean(t.qualityRequirements().value()),
                null);
    }

    private static Money money(BigDecimal amount, CurrencyCode currency) {
        return amount == null
                ? null
                : Money.of(amount.setScale(currency.minorUnits(), RoundingMode.HALF_EVEN), currency);
    }

    private void askToComplete(DraftFromTranscriptCommand command, List<String> missing) {
        String key = "incomplete:" + Integer.toHexString(command.transcript().hashCode()) + ":"
                + clock.now().toEpochMilli();
        transactions.inTransaction(() -> {
            for (Party party : command.parties()) {
                messenger.send(
                        key,
                        com.voicepact.application.phone.port.out.SmsType.INCOMPLETE,
                        party.phone(),
                        null,
                        t -> t.incomplete(missing));
            }
            return null;
        });
    }
}
