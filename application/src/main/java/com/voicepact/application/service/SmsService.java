package com.voicepact.application.service;

import com.voicepact.application.port.in.AcceptDeliveryUseCase;
import com.voicepact.application.port.in.ConfirmContractUseCase;
import com.voicepact.application.port.in.ContractDecisionCommand;
import com.voicepact.application.port.in.DeclineContractUseCase;
import com.voicepact.application.port.in.DeliveryCommand;
import com.voicepact.application.port.in.DisputeCommand;
import com.voicepact.application.port.in.HandleDeliveryReportUseCase;
import com.voicepact.application.port.in.HandleInboundSmsUseCase;
import com.voicepact.application.port.in.InboundSms;
import com.voicepact.application.port.in.RaiseDisputeUseCase;
import com.voicepact.application.port.in.ReportDeliveryUseCase;
import com.voicepact.application.port.in.SmsDeliveryReport;
import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.ProviderEvent;
import com.voicepact.application.port.out.ProviderEvents;
import com.voicepact.application.port.out.SmsLog;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * Commands by SMS. Each inbound message is handled once (keyed by AT's message id); every reply is
 * keyed too, so a stranger or a confused sender gets one polite answer, never a reply loop.
 */
public final class SmsService implements HandleInboundSmsUseCase, HandleDeliveryReportUseCase {

    private final Contracts contracts;
    private final ProviderEvents events;
    private final SmsLog log;
    private final Messenger messenger;
    private final AuditTrail audit;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final Commands commands;
    private final String ussdCode;

    public SmsService(Contracts contracts, ProviderEvents events, SmsLog log, Messenger messenger, AuditTrail audit, ClockPort clock,
                      TransactionPort transactions, Commands commands, String ussdCode) {
        this.contracts = contracts;
        this.events = events;
        this.log = log;
        this.messenger = messenger;
        this.audit = audit;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.commands = commands;
        this.ussdCode = ussdCode;
    }

    /** The contract use cases an SMS command may run, as the sender from their own phone. */
    public record Commands(ConfirmContractUseCase confirm, DeclineContractUseCase decline, ReportDeliveryUseCase report,
                           AcceptDeliveryUseCase accept, RaiseDisputeUseCase dispute) {
    }

    @Override
    public void handle(InboundSms sms) {
        boolean first = retry.inTransaction(() -> {
            String key = "sms-in:" + sms.id();
            if (events.findByKey(key).isPresent()) {
                return false;
            }
            events.record(new ProviderEvent(key, sms.id(), "inbound", "", sms.text(), clock.now(), ProviderEvent.Outcome.APPLIED,
                    "from " + sms.from().masked()));
            return true;
        });
        if (!first) {
            return; // AT resent the message
        }
        Optional<SmsCommand> command = SmsCommand.parse(sms.text());
        if (command.isEmpty()) {
            reply("unknown:" + clock.now().truncatedTo(ChronoUnit.HOURS), sms.from(), null, SmsTemplates::unknownCommand);
        } else if (command.get().verb() == SmsCommand.Verb.HELP) {
            reply("help:" + sms.id(), sms.from(), null, t -> t.help(ussdCode));
        } else {
            run(command.get(), sms);
        }
    }

    private void run(SmsCommand command, InboundSms sms) {
        ContractId id = command.contractId();
        PhoneNumber from = sms.from();
        Optional<Contract> contract = contracts.findById(id);
        if (contract.isEmpty() || contract.get().partyWith(from).isEmpty()) {
            refuseStranger(command, from, "not a party");
            return;
        }
        try {
            switch (command.verb()) {
                case YES -> {
                    Contract after = commands.confirm().confirm(ContractDecisionCommand.fromParty(id, from, Channel.SMS));
                    if (after.status() != ContractStatus.PENDING) {
                        return; // this YES completed it: "confirmed by all parties" went to everyone, that is the answer
                    }
                }
                case NO -> {
                    commands.decline().decline(ContractDecisionCommand.fromParty(id, from, Channel.SMS));
                    return; // every party, this one included, is told the contract is cancelled
                }
                case DELIVERED -> commands.report().reportDelivery(new DeliveryCommand(id, from, null, Channel.SMS, Actor.party(from)));
                case ACCEPT -> commands.accept().acceptDelivery(new DeliveryCommand(id, from, null, Channel.SMS, Actor.party(from)));
                case DISPUTE -> commands.dispute().raiseDispute(new DisputeCommand(id, from, command.reason(), Actor.party(from)));
                case STATUS -> {
                    reply("status:" + sms.id(), from, id, t -> t.status(contract.get()));
                    return;
                }
                default -> throw new IllegalStateException("HELP has no contract");
            }
            reply("ack:" + sms.id(), from, id, t -> t.acknowledge(command.verb(), id));
        } catch (PartyNotEntitledException wrongRole) {
            refuseStranger(command, from, wrongRole.getMessage());
        } catch (DomainException refused) {
            reply("refused:" + sms.id(), from, id, t -> t.refused(id, refused.getMessage()));
        }
    }

    /** Changes nothing, audits the attempt, and answers once per phone and contract. */
    private void refuseStranger(SmsCommand command, PhoneNumber from, String reason) {
        retry.inTransaction(() -> {
            audit.change(Actor.party(from), "SMS_COMMAND_REFUSED", command.contractId().value(), "", "", command.verb() + ": " + reason);
            return null;
        });
        reply("stranger:" + command.contractId(), from, command.contractId(), t -> t.stranger(command.contractId()));
    }

    private void reply(String eventKey, PhoneNumber to, ContractId contract, Function<SmsTemplates, String> text) {
        retry.inTransaction(() -> {
            messenger.send(eventKey, "reply", to, contract, text);
            return null;
        });
    }

    @Override
    public boolean handle(SmsDeliveryReport report) {
        return log.updateStatus(report.messageId(), report.status(), report.failureReason(), clock.now());
    }
}
