package com.voicepact.application.fakes;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.payment.PayoutLimits;

/**
 * Test wiring only: the outgoing ports a test world shares among the escrow services it builds (each service takes just
 * the ones it uses). {@code payoutLimits}: what one payout may carry at the payment provider; none by default.
 */
public record EscrowPorts(
        Contracts contracts,
        Payments payments,
        LedgerPostings ledger,
        OutboxMessages outbox,
        ClockPort clock,
        TransactionPort transactions,
        AuditTrail audit,
        Messenger messenger,
        PayoutLimits payoutLimits) {

    public EscrowPorts {
        payoutLimits = payoutLimits == null ? PayoutLimits.none() : payoutLimits;
    }

    /** Ports for a provider that pays any amount in one payout. */
    public EscrowPorts(
            Contracts contracts,
            Payments payments,
            LedgerPostings ledger,
            OutboxMessages outbox,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            Messenger messenger) {
        this(contracts, payments, ledger, outbox, clock, transactions, audit, messenger, PayoutLimits.none());
    }

    /** The escrow's money moves on these ports. */
    public EscrowMoves moves() {
        return new EscrowMoves(contracts, payments, ledger, outbox, clock, audit, messenger, payoutLimits);
    }
}
