package com.voicepact.application.phone;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.voice.port.in.SendDraftTermUseCase;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.contract.TermsChangedException;
import com.voicepact.domain.contract.TermsSeen;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import java.util.Optional;
import java.util.function.Function;

/**
 * A party's command by SMS (STATUS, YES, NO, DELIVERED, ACCEPT, DISPUTE, and the corrections of the terms:
 * {@link SmsCorrections}) carried out or refused inside
 * the message's unit of work, with the reply it earns; a sender who is no party to the contract changes
 * nothing and is audited. {@link ReceiveSmsService} writes the reply and the mark.
 */
public final class SmsPartyCommands {

    private final Contracts contracts;
    private final AuditTrail audit;
    private final PartyActions actions;
    private final SmsCorrections corrections;

    /** @param drafts where a correction whose id names no contract goes: the voice draft with that id, if any */
    public SmsPartyCommands(Contracts contracts, AuditTrail audit, PartyActions actions, SendDraftTermUseCase drafts) {
        this.contracts = contracts;
        this.audit = audit;
        this.actions = actions;
        this.corrections = new SmsCorrections(contracts, actions, drafts);
    }

    /** What handling a message leaves to do before its unit of work ends: a reply, and maybe an audit entry. */
    public record Handled(InboundSmsOutcome outcome, Reply reply, Runnable audit) {}

    public record Reply(String eventKey, ContractId contract, Function<SmsTemplates, String> text) {}

    /**
     * Runs the command's use case, a savepoint inside the message's unit of work. A refusal by the rules
     * undoes only the use case's writes and is an outcome; any other failure propagates and undoes the
     * whole unit, so the provider's resend runs it again.
     */
    public Handled run(SmsCommand command, InboundSms sms) {
        ContractId id = command.contractId();
        PhoneNumber from = sms.from();
        Optional<Contract> contract = contracts.findById(id);
        if (contract.isEmpty() && command.isCorrection()) {
            return corrections
                    .noSuchContract(command, sms)
                    .orElseGet(() -> stranger(command, from, "no such contract, nor a draft of a call of this phone"));
        }
        if (contract.isEmpty() || contract.get().agreement().partyWith(from).isEmpty()) {
            return stranger(command, from, "not a party");
        }
        if (command.isCorrection()) {
            return corrections.run(command, sms, contract.get());
        }
        if (command.verb() == SmsCommand.Verb.STATUS) {
            return new Handled(
                    InboundSmsOutcome.ANSWERED,
                    new Reply("status:" + sms.id(), id, t -> t.status(contract.get())),
                    null);
        }
        // a YES's acknowledgement states the total agreed; a YES changes no term, so the contract as read has it
        Reply ack = new Reply("ack:" + sms.id(), id, t -> t.acknowledge(command.verb(), contract.get()));
        try {
            Contract after = carryOut(command, sms);
            boolean toldEveryone = command.verb() == SmsCommand.Verb.NO
                    || command.verb() == SmsCommand.Verb.DISPUTE
                    || command.verb() == SmsCommand.Verb.YES && after.status() != ContractStatus.PENDING;
            // a NO, a DISPUTE, or the YES that completed the contract: the SMS every party gets is this sender's answer
            // too
            return new Handled(InboundSmsOutcome.APPLIED, toldEveryone ? null : ack, null);
        } catch (PartyNotEntitledException wrongRole) {
            return stranger(command, from, wrongRole.getMessage());
        } catch (DomainException refused) {
            Optional<Contract> done =
                    contracts.findById(id).filter(c -> SmsCommandRepeats.alreadyDone(command, c, from));
            if (done.isPresent() && done.get().status() == ContractStatus.PENDING) {
                return new Handled(InboundSmsOutcome.APPLIED, ack, null); // the sender said it again, in a new message
            }
            if (done.isPresent()) { // said again after the contract moved on: where it stands, not "waiting for the
                // others"
                return new Handled(
                        InboundSmsOutcome.ANSWERED, new Reply("ack:" + sms.id(), id, t -> t.status(done.get())), null);
            }
            if (refused instanceof TermsChangedException stale) { // a YES on other terms: the current ones, to agree
                Contract current = contracts.findById(id).orElseThrow();
                Function<SmsTemplates, String> text = stale.reason() == TermsChangedException.Reason.OTHER_VERSION_NAMED
                        ? t -> t.corrections().versionNotNamed(current)
                        : t -> t.corrections().staleYes(current);
                return new Handled(InboundSmsOutcome.REFUSED, new Reply("refused:" + sms.id(), id, text), null);
            }
            return new Handled(
                    InboundSmsOutcome.REFUSED,
                    new Reply("refused:" + sms.id(), id, t -> t.refused(id, refused.getMessage())),
                    null);
        }
    }

    /**
     * Carries the command out, as the sender on the SMS channel, and returns the contract as it now is. A YES is on the
     * terms in force when AT received it ({@link InboundSms#sentAt()}; unknown: when it reaches us) and names the version
     * of the terms it agrees to (a plain {@code YES-<id>}: the first; {@link com.voicepact.domain.contract.CurrentTermsPolicy});
     * a NO always counts.
     */
    private Contract carryOut(SmsCommand command, InboundSms sms) {
        ContractId id = command.contractId();
        PartyActions.Action action = switch (command.verb()) {
            case YES ->
                PartyActions.Action.confirm(
                        id,
                        TermsSeen.reply(
                                sms.sentAt().orElse(null),
                                command.namedTermsVersion().orElse(null)));
            case NO -> PartyActions.Action.of(PartyActions.Kind.DECLINE, id);
            case DELIVERED -> PartyActions.Action.of(PartyActions.Kind.REPORT_DELIVERY, id);
            case ACCEPT -> PartyActions.Action.of(PartyActions.Kind.ACCEPT_DELIVERY, id);
            case DISPUTE ->
                new PartyActions.Action(PartyActions.Kind.RAISE_DISPUTE, id, null, Dispute.fitReason(command.reason()));
            // a longer reason is shortened; the whole text is logged with the message
            default -> throw new IllegalStateException(command.verb() + " changes nothing");
        };
        return actions.run(action, sms.from(), Channel.SMS);
    }

    /** Changes nothing, audits the attempt, and answers once per phone and contract. */
    private Handled stranger(SmsCommand command, PhoneNumber from, String reason) {
        return new Handled(
                InboundSmsOutcome.NOT_A_PARTY,
                new Reply(
                        "stranger:" + command.contractId(),
                        command.contractId(),
                        t -> t.stranger(command.contractId())),
                () -> audit.change(
                        Actor.party(from),
                        AuditAction.SMS_COMMAND_REFUSED,
                        command.contractId().value(),
                        "",
                        "",
                        command.verb() + ": " + reason));
    }
}
