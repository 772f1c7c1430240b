package com.voicepact.domain.ledger;

import static com.voicepact.domain.ledger.LedgerLine.credit;
import static com.voicepact.domain.ledger.LedgerLine.debit;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import java.time.Instant;
import java.util.List;

/** The double-entry postings of each escrow event. */
public final class Postings {

    private Postings() {
    }

    /** The buyer's money arrived on our wallet; we now owe it to the contract's escrow. */
    public static Posting lock(EscrowPayment payment, Instant at) {
        return posting("LOCK:" + payment.id(), payment, "lock", at,
                debit(Account.wallet(), payment.amount()), credit(Account.escrow(payment.contractId()), payment.amount()));
    }

    /** Escrow earmarked for a payout: owed to the seller (release) or to the buyer (refund). */
    public static Posting payoutStarted(EscrowPayment payment, Payout payout, Instant at) {
        return posting("START:" + payout.id(), payment, payout.kind() == PayoutKind.RELEASE ? "release" : "refund", at,
                debit(Account.escrow(payment.contractId()), payout.amount()), credit(payable(payment.contractId(), payout), payout.amount()));
    }

    /** The provider paid the payout out of our wallet. */
    public static Posting payoutConfirmed(EscrowPayment payment, Payout payout, Instant at) {
        return posting("PAID:" + payout.id(), payment, "payout_confirmed", at,
                debit(payable(payment.contractId(), payout), payout.amount()), credit(Account.wallet(), payout.amount()));
    }

    /** The payout failed: what was earmarked goes back to escrow. */
    public static Posting payoutReversed(EscrowPayment payment, Payout payout, Instant at) {
        return posting("REVERSE:" + payout.id(), payment, "payout_reversed", at,
                debit(payable(payment.contractId(), payout), payout.amount()), credit(Account.escrow(payment.contractId()), payout.amount()));
    }

    /** A provider fee for a payout, paid from our wallet. */
    public static Posting fee(EscrowPayment payment, Payout payout, Money fee, Instant at) {
        return posting("FEE:" + payout.id(), payment, "fee", at, debit(Account.fees(), fee), credit(Account.wallet(), fee));
    }

    private static Account payable(ContractId contract, Payout payout) {
        return payout.kind() == PayoutKind.RELEASE ? Account.sellerPayable(contract) : Account.buyerPayable(contract);
    }

    private static Posting posting(String id, EscrowPayment payment, String kind, Instant at, LedgerLine... lines) {
        return new Posting(id, payment.contractId(), payment.id().value(), kind, at, List.of(lines));
    }
}
