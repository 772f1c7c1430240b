package com.voicepact.application.service;

import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.LedgerPostings;
import com.voicepact.application.port.out.OutboxMessages;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.TransactionPort;

/** The outgoing ports every escrow service needs, bundled so constructors stay readable. */
public record EscrowPorts(Contracts contracts, Payments payments, LedgerPostings ledger, OutboxMessages outbox,
                          ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger) {
}
