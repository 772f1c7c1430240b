package com.voicepact.domain.payment.event;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;

/**
 * What happened to an escrow payment, as its operation left it: the payment and its contract, its
 * status before and after ({@code from}, {@code to}), and when. Each event is what the application's
 * one effects table turns into ledger postings, outbox messages and an audit entry; an event is built
 * by its {@code of} factory from the payment right after the operation, never written by hand.
 */
public sealed interface EscrowEvent
        permits PaymentLocked, PaymentFailed, PayoutsStarted, PayoutHandedOver, PayoutConfirmed, PayoutFailed {
    TransactionId payment();

    ContractId contract();

    PaymentStatus from();

    PaymentStatus to();

    Instant at();
}
