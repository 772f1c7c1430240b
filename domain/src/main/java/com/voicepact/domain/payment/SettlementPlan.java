package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The release rule and the surplus rule of the escrow, in one place. A contract's seller is entitled
 * to its total (nothing once it is cancelled or expired, the agreed share of the total after a split);
 * money that payers locked beyond that entitlement is surplus and goes back to them. Payouts to the
 * seller therefore never add up to more than the entitlement, however many checkouts succeeded.
 */
public final class SettlementPlan {

    /** How much of one LOCKED payment goes to the seller; the rest of its amount goes back to its payer. */
    public record Share(EscrowPayment payment, Money toSeller) {

        public Money toPayer() {
            return payment.escrow().held().minus(toSeller);
        }
    }

    private SettlementPlan() {}

    /**
     * What the seller may receive in all: zero for a CANCELLED or EXPIRED contract, the seller share of
     * the total (rounded down to the minor unit) when a dispute was resolved by a split, else the total.
     */
    public static Money sellerEntitlement(Contract contract) {
        return sellerEntitlement(contract, PayoutLimits.none());
    }

    /**
     * As {@link #sellerEntitlement(Contract)}, a split's share rounded down to the unit the provider moves (M-Pesa: whole
     * shillings, so KES 605 at 0.5 gives the seller KES 302 and the payer the rest, KES 303).
     */
    public static Money sellerEntitlement(Contract contract, PayoutLimits limits) {
        Money total = contract.agreement().terms().total();
        if (ContractStatus.ENDED_UNPAID.contains(contract.status())) {
            return Money.zero(total.currency());
        }
        return contract.fulfilment()
                .dispute()
                .filter(d -> d.resolution() == DisputeResolution.SPLIT)
                .map(d -> Money.of(
                        total.amount()
                                .multiply(d.sellerShare())
                                .setScale(total.currency().minorUnits(), RoundingMode.DOWN),
                        total.currency()))
                .map(limits::roundDown)
                .orElse(total);
    }

    /**
     * Divides what every LOCKED payment of a contract holds, oldest first: each gives the seller what is
     * still missing from the entitlement (after the release legs already started), and its payer the rest.
     *
     * @param contractPayments all payments of one contract, oldest first
     */
    public static List<Share> allocate(Money entitlement, List<EscrowPayment> contractPayments) {
        Money missing = entitlement.minus(min(entitlement, toSellerSoFar(entitlement, contractPayments)));
        List<Share> shares = new ArrayList<>();
        for (EscrowPayment payment : contractPayments) {
            if (payment.status() == PaymentStatus.LOCKED) {
                Money toSeller = min(payment.escrow().held(), missing);
                missing = missing.minus(toSeller);
                shares.add(new Share(payment, toSeller));
            }
        }
        return shares;
    }

    /**
     * True when a payment that has just been locked is surplus as a whole: the contract's other
     * payments already hold, or have paid to the seller, all the seller is entitled to. Such money
     * is refunded at once; a payment that is only partly surplus is held, and {@link #allocate} gives
     * its surplus back when the contract settles.
     */
    public static boolean isWhollySurplus(
            Money entitlement, EscrowPayment locked, List<EscrowPayment> contractPayments) {
        List<EscrowPayment> others = contractPayments.stream()
                .filter(p -> !p.id().equals(locked.id()))
                .toList();
        return heldForSeller(entitlement, others).compareTo(entitlement) >= 0;
    }

    /** Money that is the seller's if the contract goes well: what LOCKED payments hold, and release legs already started. */
    public static Money heldForSeller(Money entitlement, List<EscrowPayment> payments) {
        Money sum = Money.zero(entitlement.currency());
        for (EscrowPayment p : payments) {
            sum = sum.plus(p.escrow().toSellerSoFar());
            if (p.status() == PaymentStatus.LOCKED) {
                sum = sum.plus(p.escrow().held());
            }
        }
        return sum;
    }

    private static Money toSellerSoFar(Money entitlement, List<EscrowPayment> payments) {
        Money sum = Money.zero(entitlement.currency());
        for (EscrowPayment p : payments) {
            sum = sum.plus(p.escrow().toSellerSoFar());
        }
        return sum;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
