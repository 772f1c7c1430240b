package com.voicepact.application.voice.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.HeardTerms;
import com.voicepact.application.voice.port.in.DraftTermAnswer;
import com.voicepact.application.voice.port.in.DraftTermAnswer.Outcome;
import com.voicepact.application.voice.port.in.SendDraftTermCommand;
import com.voicepact.application.voice.port.in.SendDraftTermUseCase;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.CorrectionRefusedException;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermMarks;
import com.voicepact.domain.messaging.CorrectionValues;
import com.voicepact.domain.messaging.DraftMessages;
import com.voicepact.domain.voice.ContractDraft;
import com.voicepact.domain.voice.DraftCompletedException;
import com.voicepact.domain.voice.DraftExpiredException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A term sent by SMS for a voice draft. The draft keeps it; once nothing is missing the contract is made exactly as a
 * voice contract is (PENDING, the draft's id, the summary SMS to every party, terms heard in doubt still marked) and
 * the draft is closed in the same unit of work, so a draft completed twice (a re-delivered SMS, both parties at once:
 * the loser collides on the draft's version or the contract's id and is run again) makes one contract.
 */
public final class SendDraftTermService implements SendDraftTermUseCase {

    private final ContractDrafts drafts;
    private final CreateContractUseCase create;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;

    public SendDraftTermService(
            ContractDrafts drafts,
            CreateContractUseCase create,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions) {
        this.drafts = drafts;
        this.create = create;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
    }

    @Override
    public Optional<DraftTermAnswer> send(SendDraftTermCommand command) {
        return retry.inTransaction(() -> drafts.findById(command.draft()).map(draft -> answer(draft, command)));
    }

    private DraftTermAnswer answer(ContractDraft draft, SendDraftTermCommand command) {
        ContractId id = draft.id();
        Instant now = clock.now();
        try {
            TermCorrection sent;
            try {
                sent = CorrectionValues.read(command.field(), command.value(), id);
            } catch (CorrectionRefusedException why) {
                return refusedBecause(command, id, why, draft);
            } catch (InvalidValueException unreadable) { // the same answer as for a contract's correction
                return new DraftTermAnswer(
                        Outcome.REFUSED, null, t -> t.corrections().unreadable(id, command.field(), command.value()));
            }
            if (sent instanceof TermCorrection.NewDate date) {
                date.requireNotBefore(now.atZone(clock.zone()).toLocalDate());
            }
            draft.supply(command.from(), sent, now);
            if (!draft.completeIfReady(now)) {
                drafts.save(draft);
                audited(command, id);
                return new DraftTermAnswer(
                        Outcome.STILL_MISSING, null, t -> DraftMessages.stillMissing(t, id, draft.missing()));
            }
            Contract contract = create.create(new CreateContractCommand(
                    draft.type(),
                    draft.parties(),
                    HeardTerms.contractTerms(draft.heard()),
                    draft.transcript(),
                    Actor.party(command.from()),
                    TermMarks.heardIn(draft.heard()),
                    id));
            drafts.save(draft);
            audited(command, id);
            return new DraftTermAnswer(Outcome.CONTRACT_CREATED, contract, null);
        } catch (PartyNotEntitledException stranger) {
            return new DraftTermAnswer(Outcome.NOT_A_PARTY, null, t -> t.stranger(id));
        } catch (DraftCompletedException done) {
            return new DraftTermAnswer(Outcome.ALREADY_CONTRACT, null, t -> DraftMessages.alreadyContract(t, id));
        } catch (DraftExpiredException expired) {
            long hours = Duration.between(draft.createdAt(), draft.expiresAt()).toHours();
            return new DraftTermAnswer(Outcome.REFUSED, null, t -> DraftMessages.expired(t, id, hours));
        } catch (CorrectionRefusedException why) {
            return refusedBecause(command, id, why, draft);
        } catch (DomainException refused) {
            return new DraftTermAnswer(Outcome.REFUSED, null, t -> t.refused(id, refused.getMessage()));
        }
    }

    /** A value read but refused, in the texter's language; a currency refusal names the currency the call was in. */
    private static DraftTermAnswer refusedBecause(
            SendDraftTermCommand command, ContractId id, CorrectionRefusedException why, ContractDraft draft) {
        String currency = draft.heard().currency().present()
                ? String.valueOf(draft.heard().currency().value())
                : "";
        return new DraftTermAnswer(
                Outcome.REFUSED,
                null,
                t -> t.corrections().refused(id, command.field(), command.value(), why, currency));
    }

    private void audited(SendDraftTermCommand command, ContractId id) {
        audit.change(
                Actor.party(command.from()),
                AuditAction.DRAFT_TERM_SENT,
                id.value(),
                "",
                TermMarks.wireName(command.field()),
                "sent by SMS: " + command.value());
    }
}
