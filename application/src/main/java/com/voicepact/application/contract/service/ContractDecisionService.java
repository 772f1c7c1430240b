package com.voicepact.application.contract.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.in.ConfirmContractUseCase;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.in.DeclineContractUseCase;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import java.util.function.BiConsumer;

/**
 * A party's YES or NO. Concurrent decisions on one contract are serialised by its version. A YES on terms that changed
 * since the party saw them throws {@link com.voicepact.domain.contract.TermsChangedException} and records nothing; a
 * NO always counts (refusing binds nobody).
 */
public final class ContractDecisionService implements ConfirmContractUseCase, DeclineContractUseCase {

    private final Contracts contracts;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final AuditTrail audit;
    private final Messenger messenger;

    public ContractDecisionService(
            Contracts contracts, ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger) {
        this.contracts = contracts;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.audit = audit;
        this.messenger = messenger;
    }

    @Override
    public Contract confirm(ContractDecisionCommand command) {
        return decide(
                command,
                AuditAction.CONTRACT_CONFIRMED_BY_PARTY,
                (contract, c) -> contract.confirmBy(c.party(), c.channel(), clock.now(), c.seen()));
    }

    @Override
    public Contract decline(ContractDecisionCommand command) {
        return decide(
                command,
                AuditAction.CONTRACT_DECLINED_BY_PARTY,
                (contract, c) -> contract.declineBy(c.party(), c.channel(), clock.now()));
    }

    private Contract decide(
            ContractDecisionCommand command,
            AuditAction action,
            BiConsumer<Contract, ContractDecisionCommand> decision) {
        return retry.inTransaction(() -> {
            Contract contract = contracts
                    .findById(command.contractId())
                    .orElseThrow(() -> new ContractNotFoundException(command.contractId()));
            ContractStatus before = contract.status();
            decision.accept(contract, command);
            Contract saved = contracts.save(contract);
            audit.statusChange(
                    command.actor(),
                    action,
                    contract.id().value(),
                    before,
                    saved.status(),
                    "party=" + command.party().e164() + " channel="
                            + command.channel().wireName() + " fingerprint="
                            + saved.agreement().fingerprint());
            if (before == ContractStatus.PENDING && saved.status() != ContractStatus.PENDING) {
                boolean confirmed = saved.status() == ContractStatus.CONFIRMED;
                saved.agreement()
                        .parties()
                        .forEach(p -> messenger.send(
                                (confirmed ? "confirmed:" : "cancelled:") + saved.id(),
                                confirmed ? SmsType.CONFIRMED : SmsType.CANCELLED,
                                p.phone(),
                                saved.id(),
                                t -> confirmed ? t.confirmed(saved) : t.cancelled(saved.id())));
            }
            return saved;
        });
    }
}
