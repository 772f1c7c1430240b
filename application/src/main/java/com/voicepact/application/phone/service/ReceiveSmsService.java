package com.voicepact.application.phone.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.SmsPartyCommands;
import com.voicepact.application.phone.SmsPartyCommands.Handled;
import com.voicepact.application.phone.SmsPartyCommands.Reply;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.phone.port.in.ReceiveSmsUseCase;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.in.SendDraftTermUseCase;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Commands by SMS. Each inbound message is handled once (keyed by AT's message id): its mark, its
 * effect and its reply commit in one unit of work, so a failure on our side leaves nothing and the
 * provider's resend carries it out. Every reply is keyed too, so a stranger or a confused sender gets
 * one polite answer, never a reply loop.
 */
public final class ReceiveSmsService implements ReceiveSmsUseCase {

    private final ProviderEvents events;
    private final Messenger messenger;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final SmsPartyCommands commands;
    private final String ussdCode;

    public ReceiveSmsService(
            Contracts contracts,
            ProviderEvents events,
            Messenger messenger,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions,
            PartyActions actions,
            String ussdCode) {
        this(contracts, events, messenger, audit, clock, transactions, actions, ussdCode, noDraft -> Optional.empty());
    }

    /** @param drafts completes a voice draft by SMS ({@code PRICE-<draft id> 3500}); the other constructor has none */
    public ReceiveSmsService(
            Contracts contracts,
            ProviderEvents events,
            Messenger messenger,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions,
            PartyActions actions,
            String ussdCode,
            SendDraftTermUseCase drafts) {
        this.events = events;
        this.messenger = messenger;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.commands = new SmsPartyCommands(contracts, audit, actions, drafts);
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
            return new Handled(
                    InboundSmsOutcome.NOT_A_COMMAND,
                    new Reply(
                            "unknown:" + clock.now().truncatedTo(ChronoUnit.HOURS), null, SmsTemplates::unknownCommand),
                    null);
        }
        if (command.get().verb() == SmsCommand.Verb.HELP) {
            return new Handled(
                    InboundSmsOutcome.ANSWERED, new Reply("help:" + sms.id(), null, t -> t.help(ussdCode)), null);
        }
        return commands.run(command.get(), sms);
    }

    /** Marks the message handled, with its reply and audit entry, in the unit of work of its effect. */
    private void mark(InboundSms sms, String key, Handled handled) {
        events.record(new ProviderEvent(
                key,
                sms.id(),
                "inbound",
                "",
                sms.text(),
                clock.now(),
                ProviderEvent.Outcome.APPLIED,
                "from " + sms.from().masked() + ": " + handled.outcome()));
        if (handled.audit() != null) {
            handled.audit().run();
        }
        if (handled.reply() != null) {
            messenger.send(
                    handled.reply().eventKey(),
                    com.voicepact.application.phone.port.out.SmsType.REPLY,
                    sms.from(),
                    handled.reply().contract(),
                    handled.reply().text());
        }
    }
}
