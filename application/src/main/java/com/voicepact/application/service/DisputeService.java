package com.voicepact.application.service;

import com.voicepact.application.port.in.DisputeCommand;
import com.voicepact.application.port.in.RaiseDisputeUseCase;
import com.voicepact.application.port.in.ResolveDisputeCommand;
import com.voicepact.application.port.in.ResolveDisputeUseCase;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.payment.DisputePolicy;

/**
 * Disputes by a party (API, SMS, USSD) and their resolution by an operator, both under
 * {@link DisputePolicy}: no dispute once a release has started, no resolution that money cannot follow.
 */
public final class DisputeService implements RaiseDisputeUseCase, ResolveDisputeUseCase {

    private final EscrowPorts ports;
    private final EscrowMoves moves;
    private final ConflictRetry retry;

    public DisputeService(EscrowPorts ports) {
        this.ports = ports;
        this.moves = new EscrowMoves(ports);
        this.retry = new ConflictRetry(ports.transactions());
    }

    @Override
    public Contract raiseDispute(DisputeCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            ContractStatus before = contract.status();
            DisputePolicy.requireMayDispute(contract, ports.payments().findByContract(contract.id()));
            contract.raiseDispute(command.party(), command.reason(), ports.clock().now());
            Contract saved = ports.contracts().save(contract);
            ports.audit().statusChange(command.actor(), "DISPUTE_RAISED", saved.id().value(), before, saved.status(), command.reason());
            tellEveryone(saved, command.reason());
            return saved;
        });
    }

    void tellEveryone(Contract contract, String reason) {
        for (Party party : contract.parties()) {
            moves.sms("dispute:" + contract.id(), party.phone(), t -> t.disputeOpened(contract.id(), reason), contract.id());
        }
    }

    @Override
    public Contract resolveDispute(ResolveDisputeCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            ContractStatus before = contract.status();
            contract.resolveDispute(command.resolution(), command.sellerShare(), ports.clock().now());
            DisputePolicy.requirePossible(contract, ports.payments().findByContract(contract.id()), ports.payoutLimits()); // before anything is saved
            Contract saved = ports.contracts().save(contract);
            ports.audit().statusChange(command.actor(), "DISPUTE_RESOLVED", saved.id().value(), before, saved.status(),
                    command.resolution() + (command.sellerShare() == null ? "" : " seller_share=" + command.sellerShare()));
            moves.settle(saved.id(), "dispute resolved for the buyer", command.actor()); // the resolution sets the seller's entitlement
            return saved;
        });
    }
}
