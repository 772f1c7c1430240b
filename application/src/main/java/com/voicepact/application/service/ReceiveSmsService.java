package com.voicepact.application.service;

import com.voicepact.domain.audit.AuditAction;
import com.voicepact.application.port.in.AcceptDeliveryUseCase;
import com.voicepact.application.port.in.ConfirmContractUseCase;
import com.voicepact.application.port.in.ContractDecisionCommand;
import com.voicepact.application.port.in.DeclineContractUseCase;
import com.voicepact.application.port.in.DeliveryCommand;
import com.voicepact.application.port.in.DisputeCommand;
import com.voicepact.application.port.in.ReceiveDeliveryReportUseCase;
import com.voicepact.application.port.in.ReceiveSmsUseCase;
import com.voicepact.application.port.in.ReceiveSmsUseCase;
import com.voicepact.application.port.in.InboundSms;
import com.voicepact.application.port.in.InboundSmsOutcome;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.shared.ProviderEvent;
import com.voicepact.application.port.out.ProviderEvents;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * Commands by SMS. Each inbound message is handled once (keyed by AT's message id): its mark, its
 * effect and its reply commit in one unit of work, so a failure on our side leaves nothing and the
 * provider's resend carries it out. Every reply is keyed too, so a stranger or a confused sender gets
 * one polite answer, never a reply loop.
 */
public final class ReceiveSmsService implements ReceiveSmsUseCase {

    private final Contracts contracts;
    private final ProviderEvents events;
    private final Messenger messenger;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final PartyActions actions;
    private final String ussdCode;

    public ReceiveSmsService(Contracts contracts, ProviderEvents events, Messenger messenger, AuditTrail audit, ClockPort clock,
                             TransactionPort transactions, PartyActions actions, String ussdCode) {
        this.contracts = contracts;
        this.events = events;
        this.messenger = messenger;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.actions = actions;
        this.ussdCode = ussdCode;
    }

    /**
     * Handles the message in one unit of work: the "seen" mark, the command's effect, the reply and any
     * audit entry commit together or not at all. A failure on our side (or a crash) leaves none of them,
     * so the provider's resend carries the message out; a second delivery finds the mark. Two deliveries
     * at once: the loser collides with the winner's writes (the contract's version, or the mark's unique
     * key), and its retry on fresh data finds the mark and answers {@link InboundSmsOutcome#DUPLICATE}.
     * Replies go through the outbox, so nothing reaches the provider before the commit.
     */
    @Override
    public InboundSmsOutcome handle(InboundSms sms) {
        String key = "sms-in:" + sms.id();
        return retry.inTransaction(() -> {
            if (events.findByKey(key).isPresent()) {
                return InboundSmsOutcome.DUPLICATE; // AT resent a message handled before
            }
            Handled handled = handling(sms);
            mark(sms, key, handled);
            return handled.outcome();
        });
    }

    /** What the message asks, carried out (or refused), and what is left to do: the reply, maybe an audit entry. */
    private Handled handling(InboundSms sms) {
        Optional<SmsCommand> command = SmsCommand.parse(sms.text());
        if (command.isEmpty()) {
            return new Handled(InboundSmsOutcome.NOT_A_COMMAND,
                    new Reply("unknown:" + clock.now().truncatedTo(ChronoUnit.HOURS), null, SmsTemplates::unknownCommand), null);
        }
        if (command.get().verb() == SmsCommand.Verb.HELP) {
            return new Handled(InboundSmsOutcome.ANSWERED, new Reply("help:" + sms.id(), null, t -> t.help(ussdCode)), null);
        }
        return run(command.get(), sms);
    }

    /** What handling a message leaves to do before its unit of work ends: a reply, and maybe an audit entry. */
    private record Handled(InboundSmsOutcome outcome, Reply reply, Runnable audit) {
    }

    private record Reply(String eventKey, ContractId contract, Function<SmsTemplates, String> text) {
    }

    /**
     * Runs the command's use case, a savepoint inside the message's unit of work. A refusal by the rules
     * undoes only the use case's writes and is an outcome; any other failure propagates and undoes the
     * whole unit, so the provider's resend runs it again.
     */
    private Handled run(SmsCommand command, InboundSms sms) {
        ContractId id = command.contractId();
        PhoneNumber from = sms.from();
        Optional<Contract> contract = contracts.findById(id);
        if (contract.isEmpty() || contract.get().partyWith(from).isEmpty()) {
            return stranger(command, from, "not a party");
        }
        if (command.verb() == SmsCommand.Verb.STATUS) {
            return new Handled(InboundSmsOutcome.ANSWERED, new Reply("status:" + sms.id(), id, t -> t.status(contract.get())), null);
        }
        Reply ack = new Reply("ack:" + sms.id(), id, t -> t.acknowledge(command.verb(), id));
        try {
            Contract after = carryOut(command, from);
            boolean toldEveryone = command.verb() == SmsCommand.Verb.NO || command.verb() == SmsCommand.Verb.DISPUTE
                    || command.verb() == SmsCommand.Verb.YES && after.status() != ContractStatus.PENDING;
            // a NO, a DISPUTE, or the YES that completed the contract: the SMS every party gets is this sender's answer too
            return new Handled(InboundSmsOutcome.APPLIED, toldEveryone ? null : ack, null);
        } catch (PartyNotEntitledException wrongRole) {
            return stranger(command, from, wrongRole.getMessage());
        } catch (DomainException refused) {
            Optional<Contract> done = contracts.findById(id).filter(c -> SmsCommandRepeats.alreadyDone(command, c, from));
            if (done.isPresent() && done.get().status() == ContractStatus.PENDING) {
                return new Handled(InboundSmsOutcome.APPLIED, ack, null); // the sender said it again, in a new message
            }
            if (done.isPresent()) { // said again after the contract moved on: where it stands, not "waiting for the others"
                return new Handled(InboundSmsOutcome.ANSWERED, new Reply("ack:" + sms.id(), id, t -> t.status(done.get())), null);
            }
            return new Handled(InboundSmsOutcome.REFUSED, new Reply("refused:" + sms.id(), id, t -> t.refused(id, refused.getMessage())),
                    null);
        }
    }

    /** Carries the command out, as the sender on the SMS channel, and returns the contract as it now is. */
    private Contract carryOut(SmsCommand command, PhoneNumber from) {
        ContractId id = command.contractId();
        PartyActions.Action action = switch (command.verb()) {
            case YES -> PartyActions.Action.of(PartyActions.Kind.CONFIRM, id);
            case NO -> PartyActions.Action.of(PartyActions.Kind.DECLINE, id);
            case DELIVERED -> PartyActions.Action.of(PartyActions.Kind.REPORT_DELIVERY, id);
            case ACCEPT -> PartyActions.Action.of(PartyActions.Kind.ACCEPT_DELIVERY, id);
            case DISPUTE -> new PartyActions.Action(PartyActions.Kind.RAISE_DISPUTE, id, null, Dispute.fitReason(command.reason()));
            // a longer reason is shortened; the whole text is logged with the message
            default -> throw new IllegalStateException(command.verb() + " changes nothing");
        };
        return actions.run(action, from, Channel.SMS);
    }

    /** Changes nothing, audits the attempt, and answers once per phone and contract. */
    private Handled stranger(SmsCommand command, PhoneNumber from, String reason) {
        return new Handled(InboundSmsOutcome.NOT_A_PARTY,
                new Reply("stranger:" + command.contractId(), command.contractId(), t -> t.stranger(command.contractId())),
                () -> audit.change(Actor.party(from), AuditAction.SMS_COMMAND_REFUSED, command.contractId().value(), "", "",
                        command.verb() + ": " + reason));
    }

    /** Marks the message handled, with its reply and audit entry, in the unit of work of its effect. */
    private void mark(InboundSms sms, String key, Handled handled) {
        events.record(new ProviderEvent(key, sms.id(), "inbound", "", sms.text(), clock.now(), ProviderEvent.Outcome.APPLIED,
                "from " + sms.from().masked() + ": " + handled.outcome()));
        if (handled.audit() != null) {
            handled.audit().run();
        }
        if (handled.reply() != null) {
            messenger.send(handled.reply().eventKey(), com.voicepact.application.port.out.SmsType.REPLY, sms.from(), handled.reply().contract(), handled.reply().text());
        }
    }
}
