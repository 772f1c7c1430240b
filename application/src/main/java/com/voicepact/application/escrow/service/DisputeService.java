package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.RaiseDisputeUseCase;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeUseCase;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.DisputePolicy;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PayoutLimits;
import java.util.List;

/**
 * Disputes by a party (API, SMS, USSD) and their resolution by an operator, both under
 * {@link DisputePolicy}: no dispute once a release has started, no resolution that money cannot follow. A resolution
 * already made is final, except one the provider cannot pay that no money followed, which the operator resolves again.
 */
public final class DisputeService implements RaiseDisputeUseCase, ResolveDisputeUseCase {

    private final Contracts contracts;
    private final Payments payments;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final PayoutLimits payoutLimits;
    private final EscrowMoves moves;
    private final ConflictRetry retry;

    public DisputeService(
            EscrowMoves moves,
            Contracts contracts,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PayoutLimits payoutLimits) {
        this.moves = moves;
        this.contracts = contracts;
        this.payments = payments;
        this.clock = clock;
        this.audit = audit;
        this.payoutLimits = payoutLimits;
        this.retry = new ConflictRetry(transactions);
    }

    @Override
    public Contract raiseDispute(DisputeCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            ContractStatus before = contract.status();
            DisputePolicy.requireMayDispute(contract, payments.findByContract(contract.id()));
            contract.fulfilment().raiseDispute(command.party(), command.reason(), clock.now());
            Contract saved = contracts.save(contract);
            audit.statusChange(
                    command.actor(),
                    AuditAction.DISPUTE_RAISED,
                    saved.id().value(),
                    before,
                    saved.status(),
                    command.reason());
            moves.notices().disputeOpened(saved, command.reason());
            return saved;
        });
    }

    @Override
    public Contract resolveDispute(ResolveDisputeCommand command) {
        return retry.inTransaction(() -> {
            Contract contract = moves.contract(command.contractId());
            ContractStatus before = contract.status();
            List<EscrowPayment> payments = this.payments.findByContract(contract.id());
            boolean again = before == ContractStatus.DISPUTED
                    && contract.fulfilment().dispute().map(d -> !d.isOpen()).orElse(false)
                    && DisputePolicy.mayResolveAgain(contract, payments, payoutLimits);
            if (again) { // an older rule let through a resolution nobody can pay: its legs all failed
                contract.fulfilment().resolveDisputeAgain(command.resolution(), command.sellerShare(), clock.now());
            } else {
                contract.fulfilment().resolveDispute(command.resolution(), command.sellerShare(), clock.now());
            }
            DisputePolicy.requirePossible(contract, payments, payoutLimits); // before anything is saved
            Contract saved = contracts.save(contract);
            audit.statusChange(
                    command.actor(),
                    again ? AuditAction.DISPUTE_RESOLVED_AGAIN : AuditAction.DISPUTE_RESOLVED,
                    saved.id().value(),
                    before,
                    saved.status(),
                    command.resolution()
                            + (command.sellerShare() == null ? "" : " seller_share=" + command.sellerShare()));
            moves.settle(
                    saved.id(),
                    "dispute resolved for the buyer",
                    command.actor()); // the resolution sets the seller's entitlement
            return saved;
        });
    }
}
