package com.voicepact.application.service;

import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.domain.payment.PayoutLimits;

/**
 * The outgoing ports every escrow service needs, bundled so constructors stay readable. {@code payoutLimits}: what one
 * payout may carry at the payment provider ({@code PaymentGatewayPort.payoutLimits()}, passed at wiring); a larger
 * release or refund is split by it into several payouts.
 */
public record EscrowPorts(Contracts contracts, Payments payments, LedgerPostings ledger, OutboxMessages outbox,
                          ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger,
                          PayoutLimits payoutLimits) {

    public EscrowPorts {
        payoutLimits = payoutLimits == null ? PayoutLimits.none() : payoutLimits;
    }

    /** Ports for a provider that pays any amount in one payout. */
    public EscrowPorts(Contracts contracts, Payments payments, LedgerPostings ledger, OutboxMessages outbox,
                       ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger) {
        this(contracts, payments, ledger, outbox, clock, transactions, audit, messenger, PayoutLimits.none());
    }
}
