package com.voicepact.application.service;

import com.voicepact.application.port.in.DisputeCommand;
import com.voicepact.application.port.in.RaiseDisputeUseCase;
import com.voicepact.application.port.in.ResolveDisputeCommand;
import com.voicepact.application.port.in.ResolveDisputeUseCase;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.DisputePolicy;
import com.voicepact.domain.payment.EscrowPayment;
import java.util.List;

/**
 * Disputes by a party (API, SMS, USSD) and their resolution by an operator, both under
 * {@link DisputePolicy}: no dispute once a release has started, no resolution that money cannot follow. A resolution
 * already made is final, except one the provider cannot pay that no money followed, which the operator resolves again.
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
            moves.tellDisputeOpened(saved, command.reason());
            return saved;
        });
    }

    @Override
    public Contract resolveDispute(ResolveDisputeCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            ContractStatus before = contract.status();
            List<EscrowPayment> payments = ports.payments().findByContract(contract.id());
            boolean again = before == ContractStatus.DISPUTED && contract.dispute().map(d -> !d.isOpen()).orElse(false)
                    && DisputePolicy.mayResolveAgain(contract, payments, ports.payoutLimits());
            if (again) { // an older rule let through a resolution nobody can pay: its legs all failed
                contract.resolveDisputeAgain(command.resolution(), command.sellerShare(), ports.clock().now());
            } else {
                contract.resolveDispute(command.resolution(), command.sellerShare(), ports.clock().now());
            }
            DisputePolicy.requirePossible(contract, payments, ports.payoutLimits()); // before anything is saved
            Contract saved = ports.contracts().save(contract);
            ports.audit().statusChange(command.actor(), again ? "DISPUTE_RESOLVED_AGAIN" : "DISPUTE_RESOLVED", saved.id().value(), before, saved.status(),
                    command.resolution() + (command.sellerShare() == null ? "" : " seller_share=" + command.sellerShare()));
            moves.settle(saved.id(), "dispute resolved for the buyer", command.actor()); // the resolution sets the seller's entitlement
            return saved;
        });
    }
}
