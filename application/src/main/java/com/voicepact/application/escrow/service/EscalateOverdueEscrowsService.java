package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.JobBatch;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.EscalateOverdueEscrowsUseCase;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.DisputePolicy;
import java.time.Instant;

/**
 * The scheduled escalation of escrows held past the escrow timeout: an ACTIVE contract funded that long
 * ago, whose release has not started, is disputed by the system. Safe to run on every node.
 */
public final class EscalateOverdueEscrowsService implements EscalateOverdueEscrowsUseCase {

    private static final Actor ESCROW_JOB = Actor.system("escrow-timeout");
    private final Contracts contracts;
    private final Payments payments;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final PaymentSettings settings;

    public EscalateOverdueEscrowsService(
            EscrowMoves moves,
            Contracts contracts,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentSettings settings) {
        this.moves = moves;
        this.contracts = contracts;
        this.payments = payments;
        this.clock = clock;
        this.audit = audit;
        this.retry = new ConflictRetry(transactions);
        this.settings = settings;
    }

    @Override
    public int escalateOverdueEscrows() {
        Instant now = clock.now();
        int escalated = 0;
        for (ContractId id : contracts.findActiveFundedBefore(now.minus(settings.escrowTimeout()), JobBatch.ROWS)) {
            escalated += retry.inTransaction(() -> escalate(id, now)) ? 1 : 0;
        }
        return escalated;
    }

    private boolean escalate(ContractId id, Instant now) {
        Contract contract = moves.contract(id);
        // refused when a release has started (an accepted delivery included: Contract.mayPayTheSeller, ReleasePolicy)
        if (contract.status() != ContractStatus.ACTIVE
                || DisputePolicy.refusalToDispute(contract, payments.findByContract(id))
                        .isPresent()) {
            return false; // the job never puts a release "on hold"
        }
        contract.fulfilment().escalateOverdue(now, settings.escrowTimeout());
        Contract saved = contracts.save(contract);
        String reason = saved.fulfilment().dispute().orElseThrow().reason();
        audit.statusChange(
                ESCROW_JOB,
                AuditAction.DISPUTE_RAISED,
                id.value(),
                ContractStatus.ACTIVE,
                ContractStatus.DISPUTED,
                reason);
        moves.notices().disputeOpened(saved, reason);
        return true;
    }
}
