package com.voicepact.application.phone;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.phone.SmsPartyCommands.Handled;
import com.voicepact.application.phone.SmsPartyCommands.Reply;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.voice.port.in.DraftTermAnswer;
import com.voicepact.application.voice.port.in.SendDraftTermCommand;
import com.voicepact.application.voice.port.in.SendDraftTermUseCase;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.CorrectionRefusedException;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.UnchangedTermsException;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import java.util.Optional;
import java.util.function.Function;

/**
 * A party's correction of one term by SMS ({@code PRICE-<id> 250}, ...), carried out through the amend-terms use case
 * ({@link PartyActions}) inside the message's unit of work, or refused with an answer in the texter's language: a value
 * that is no value of the field gets the form to write, the value the term already has gets "already", a contract no
 * longer pending gets where it stands. Carried out, it answers nothing of its own: every party, the texter included, is
 * sent the new summary.
 */
final class SmsCorrections {

    private final Contracts contracts;
    private final PartyActions actions;
    private final SendDraftTermUseCase drafts;

    SmsCorrections(Contracts contracts, PartyActions actions, SendDraftTermUseCase drafts) {
        this.contracts = contracts;
        this.actions = actions;
        this.drafts = drafts;
    }

    /**
     * A correction whose id names no contract: the term is sent to the voice draft with that id, which may become its
     * contract (then the summary every party gets is the answer). Empty when no draft has the id or the texter was not
     * on its call, and the texter is told the id is not theirs.
     */
    Optional<Handled> noSuchContract(SmsCommand command, InboundSms sms) {
        ContractId id = command.contractId();
        TermCorrection.Field field = command.verb().correctedField().orElseThrow();
        return drafts.send(new SendDraftTermCommand(id, sms.from(), field, command.value()))
                .filter(answer -> answer.outcome() != DraftTermAnswer.Outcome.NOT_A_PARTY)
                .map(answer -> {
                    Reply reply = answer.reply() == null ? null : new Reply("draft:" + sms.id(), id, answer.reply());
                    return new Handled(
                            switch (answer.outcome()) {
                                case STILL_MISSING, CONTRACT_CREATED -> InboundSmsOutcome.APPLIED;
                                case ALREADY_CONTRACT -> InboundSmsOutcome.ANSWERED;
                                case REFUSED, NOT_A_PARTY -> InboundSmsOutcome.REFUSED;
                            },
                            reply,
                            null);
                });
    }

    /** Carries out the correction of {@code contract}, whose party the sender is. */
    Handled run(SmsCommand command, InboundSms sms, Contract contract) {
        ContractId id = command.contractId();
        TermCorrection.Field field = command.verb().correctedField().orElseThrow();
        TermCorrection correction;
        String currency = contract.agreement().terms().total().currency().name();
        try {
            correction = command.correction();
        } catch (CorrectionRefusedException why) {
            return refused(reply(sms, id, t -> t.corrections().refused(id, field, command.value(), why, currency)));
        } catch (InvalidValueException unreadable) {
            return refused(reply(sms, id, t -> t.corrections().unreadable(id, field, command.value())));
        }
        try {
            actions.run(PartyActions.Action.amend(id, correction), sms.from(), Channel.SMS);
            return new Handled(InboundSmsOutcome.APPLIED, null, null);
        } catch (UnchangedTermsException same) {
            Contract now = contracts.findById(id).orElse(contract);
            return new Handled(
                    InboundSmsOutcome.ANSWERED,
                    reply(
                            sms,
                            id,
                            t -> t.corrections()
                                    .unchanged(id, field, now.agreement().terms())),
                    null);
        } catch (IllegalTransitionException closed) {
            ContractStatus shown =
                    contract.status() == ContractStatus.PENDING ? ContractStatus.EXPIRED : contract.status();
            return refused(reply(sms, id, t -> t.corrections().closed(id, shown)));
        } catch (CorrectionRefusedException why) {
            return refused(reply(sms, id, t -> t.corrections().refused(id, field, command.value(), why, currency)));
        } catch (DomainException refused) {
            return refused(reply(sms, id, t -> t.refused(id, refused.getMessage())));
        }
    }

    private static Reply reply(InboundSms sms, ContractId id, Function<SmsTemplates, String> text) {
        return new Reply("refused:" + sms.id(), id, text);
    }

    private static Handled refused(Reply reply) {
        return new Handled(InboundSmsOutcome.REFUSED, reply, null);
    }
}
