package com.voicepact.domain.ledger;

import static com.voicepact.domain.ledger.LedgerLine.credit;
import static com.voicepact.domain.ledger.LedgerLine.debit;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.List;

/** The double-entry postings of each escrow event, for a payment given as itself or as its contract and id. */
public final class Postings {

    private Postings() {}

    /** The buyer's money arrived on our wallet; we now owe it to the contract's escrow. */
    public static Posting lock(EscrowPayment payment, Instant at) {
        return lock(payment.contractId(), payment.id(), payment.amount(), at);
    }

    /** As {@link #lock(EscrowPayment, Instant)}: {@code amount} of payment {@code payment} of {@code contract} locked. */
    public static Posting lock(ContractId contract, TransactionId payment, Money amount, Instant at) {
        return posting(
                "LOCK:" + payment,
                contract,
                payment,
                "lock",
                at,
                debit(Account.wallet(), amount),
                credit(Account.escrow(contract), amount));
    }

    /** Escrow earmarked for a payout: owed to the seller (release) or to the buyer (refund). */
    public static Posting payoutStarted(EscrowPayment payment, Payout payout, Instant at) {
        return payoutStarted(payment.contractId(), payment.id(), payout, at);
    }

    public static Posting payoutStarted(ContractId contract, TransactionId payment, Payout payout, Instant at) {
        return posting(
                "START:" + payout.id(),
                contract,
                payment,
                payout.kind() == PayoutKind.RELEASE ? "release" : "refund",
                at,
                debit(Account.escrow(contract), payout.amount()),
                credit(payable(contract, payout), payout.amount()));
    }

    /** The provider paid the payout out of our wallet. */
    public static Posting payoutConfirmed(EscrowPayment payment, Payout payout, Instant at) {
        return payoutConfirmed(payment.contractId(), payment.id(), payout, at);
    }

    public static Posting payoutConfirmed(ContractId contract, TransactionId payment, Payout payout, Instant at) {
        return posting(
                "PAID:" + payout.id(),
                contract,
                payment,
                "payout_confirmed",
                at,
                debit(payable(contract, payout), payout.amount()),
                credit(Account.wallet(), payout.amount()));
    }

    /** The payout failed: what was earmarked goes back to escrow. */
    public static Posting payoutReversed(EscrowPayment payment, Payout payout, Instant at) {
        return payoutReversed(payment.contractId(), payment.id(), payout, at);
    }

    public static Posting payoutReversed(ContractId contract, TransactionId payment, Payout payout, Instant at) {
        return posting(
                "REVERSE:" + payout.id(),
                contract,
                payment,
                "payout_reversed",
                at,
                debit(payable(contract, payout), payout.amount()),
                credit(Account.escrow(contract), payout.amount()));
    }

    /** A provider fee for a payout, paid from our wallet. */
    public static Posting fee(EscrowPayment payment, Payout payout, Money fee, Instant at) {
        return fee(payment.contractId(), payment.id(), payout, fee, at);
    }

    public static Posting fee(ContractId contract, TransactionId payment, Payout payout, Money fee, Instant at) {
        return posting(
                "FEE:" + payout.id(),
                contract,
                payment,
                "fee",
                at,
                debit(Account.fees(), fee),
                credit(Account.wallet(), fee));
    }

    private static Account payable(ContractId contract, Payout payout) {
        return payout.kind() == PayoutKind.RELEASE ? Account.sellerPayable(contract) : Account.buyerPayable(contract);
    }

    private static Posting posting(
            String id, ContractId contract, TransactionId payment, String kind, Instant at, LedgerLine... lines) {
        return new Posting(id, contract, payment.value(), kind, at, List.of(lines));
    }
}
