package com.voicepact.domain.payment.event;

import com.voicepact.domain.contract.ContractId;
import java.time.Instant;

/**
 * What happened to an escrow, as its operation left it: its contract, and when. A payment's event also
 * names the payment and its status before and after ({@code from}, {@code to}); a contract's event
 * ({@link ContractFunded}, {@link ContractCompleted}) names the contract's. Each event is what the
 * application's one effects table turns into ledger postings, outbox messages and an audit entry; an
 * event is built by its {@code of} factory right after the operation, never written by hand.
 */
public sealed interface EscrowEvent
        permits PaymentLocked,
                PaymentFailed,
                PayoutsStarted,
                PayoutHandedOver,
                PayoutConfirmed,
                PayoutFailed,
                ContractFunded,
                ContractCompleted {

    ContractId contract();

    Instant at();
}
