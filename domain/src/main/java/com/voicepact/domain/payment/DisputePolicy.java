package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.contract.DisputeResolution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * When a dispute can still hold the money, and what a resolution can still do with it: the one place
 * of this rule (docs/escrow.md, "Disputes and releases").
 * <ul>
 *   <li><b>Once a release has started, a dispute is refused.</b> A release starts when the buyer
 *   accepts the delivery (or a dispute is resolved for the seller, or an operator releases): the
 *   payout is queued in the same transaction and may reach the provider at any moment after it, so a
 *   dispute could only pretend to put the payment on hold. We refuse it rather than try to stop the
 *   payout: stopping is safe only before the provider has it, and nobody can know that moment
 *   without asking the provider. Refused likewise when any money of the contract is already paid or
 *   on its way to the seller, whatever the contract says.</li>
 *   <li><b>A resolution must be possible in money.</b> The seller's entitlement it sets (nothing for
 *   {@code refund}, the share of the total for {@code split}, the total for {@code release}) may not
 *   be below what is already paid or on its way to the seller; such a resolution is refused and
 *   changes nothing.</li>
 * </ul>
 */
public final class DisputePolicy {

    private DisputePolicy() {}

    /**
     * Why a dispute may no longer be raised on {@code contract}, or empty when it may (as far as the
     * money goes; the contract's status machine still decides the rest).
     *
     * @param payments all payments of the contract
     */
    public static Optional<String> refusalToDispute(Contract contract, List<EscrowPayment> payments) {
        if (contract.fulfilment().mayPayTheSeller()) {
            String why = contract.fulfilment()
                            .delivery()
                            .map(DeliveryReport::isAccepted)
                            .orElse(false)
                    ? "the buyer accepted the delivery"
                    : "the dispute was resolved for the seller";
            return Optional.of(
                    why
                            + ", so the payment to the seller has started; a dispute can no longer stop it. Please call support");
        }
        Money started = startedTowardsTheSeller(contract, payments);
        if (started.isPositive()) {
            return Optional.of("the payment to the seller has started (" + started
                    + " paid or on its way); a dispute can no longer" + " stop it. Please call support");
        }
        return Optional.empty();
    }

    /**
     * Refuses a dispute once a release has started.
     *
     * @throws DisputeRefusedException with the reason of {@link #refusalToDispute}
     */
    public static void requireMayDispute(Contract contract, List<EscrowPayment> payments) {
        Optional<String> refusal = refusalToDispute(contract, payments);
        if (refusal.isPresent()) {
            throw new DisputeRefusedException("dispute on " + contract.id() + " not opened: " + refusal.get());
        }
    }

    /**
     * Refuses a resolution that money cannot follow.
     *
     * @param resolved the contract with the resolution just applied (not yet saved)
     * @param payments all payments of the contract
     * @throws DisputeRefusedException when more is paid or on its way to the seller than the resolution entitles them to
     */
    public static void requirePossible(Contract resolved, List<EscrowPayment> payments) {
        requirePossible(resolved, payments, PayoutLimits.none());
    }

    /**
     * As {@link #requirePossible(Contract, List)}, and refuses a resolution that would create a leg the provider cannot
     * pay (see the class comment).
     *
     * @param limits what one payout may carry at the provider, and the unit it moves
     * @throws DisputeRefusedException with the leg that could not be paid and the shares that would work
     */
    public static void requirePossible(Contract resolved, List<EscrowPayment> payments, PayoutLimits limits) {
        requireNotBelowStarted(resolved, payments, limits);
        Optional<String> unpayable = unpayableLeg(resolved, payments, limits);
        if (unpayable.isPresent()) {
            DisputeResolution how =
                    resolved.fulfilment().dispute().orElseThrow().resolution();
            throw new DisputeRefusedException("resolution " + wireName(how) + " of " + resolved.id()
                    + " is not possible: " + unpayable.get() + ": " + whatWorks(resolved, limits));
        }
    }

    /** The first leg of the resolution the provider cannot pay, in the operator's terms, or empty when every leg pays. */
    private static Optional<String> unpayableLeg(Contract resolved, List<EscrowPayment> payments, PayoutLimits limits) {
        Money entitlement = SettlementPlan.sellerEntitlement(resolved, limits);
        for (SettlementPlan.Share share : SettlementPlan.allocate(entitlement, payments)) {
            if (!limits.mayPay(share.toSeller())) {
                return Optional.of("the seller's share would be " + share.toSeller() + ", below the smallest payout of "
                        + limits.minimum());
            }
            if (!limits.mayRefund(
                    share.toPayer(),
                    share.payment().lifecycle().collectionReceipt().isPresent())) {
                return Optional.of("the payer's share would be " + share.toPayer() + ", below the smallest payout of "
                        + limits.minimum() + " (the payment has no receipt to reverse)");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the resolution of {@code resolved} may be made again: it cannot be paid under {@code limits} (see
     * {@link #requirePossible(Contract, List, PayoutLimits)}) and no money followed it (every leg it started failed, none
     * is paid or on its way). A resolution that pays, or has moved money, stays as it is.
     *
     * @param resolved a DISPUTED contract whose dispute is resolved
     * @param payments all payments of the contract
     */
    public static boolean mayResolveAgain(Contract resolved, List<EscrowPayment> payments, PayoutLimits limits) {
        boolean nothingMoved = payments.stream().allMatch(p -> PaymentStatus.UNMOVED.contains(p.status()))
                && payments.stream()
                        .flatMap(p -> p.payouts().stream())
                        .allMatch(leg -> leg.state() == PayoutState.FAILED);
        return nothingMoved && unpayableLeg(resolved, payments, limits).isPresent();
    }

    /** The resolutions that pay: all or nothing, or a split leaving each side at least the smallest payout. */
    private static String whatWorks(Contract resolved, PayoutLimits limits) {
        Money total = resolved.agreement().terms().total();
        BigDecimal smallest = limits.minimum().amount().divide(total.amount(), Dispute.SHARE_DECIMALS, RoundingMode.UP);
        BigDecimal largest = BigDecimal.ONE.subtract(smallest);
        String split = smallest.compareTo(largest) <= 0
                ? ", or a split with seller_share from "
                        + smallest.stripTrailingZeros().toPlainString() + " to "
                        + largest.stripTrailingZeros().toPlainString() + " (each side at least " + limits.minimum()
                        + ")"
                : "";
        return "resolve as refund (seller gets nothing) or release (seller gets all)" + split;
    }

    private static void requireNotBelowStarted(Contract resolved, List<EscrowPayment> payments, PayoutLimits limits) {
        Money entitlement = SettlementPlan.sellerEntitlement(resolved, limits);
        Money started = startedTowardsTheSeller(resolved, payments);
        if (started.compareTo(entitlement) > 0) {
            DisputeResolution how =
                    resolved.fulfilment().dispute().orElseThrow().resolution();
            throw new DisputeRefusedException("resolution " + wireName(how) + " of " + resolved.id()
                    + " is not possible: " + started
                    + " is already paid or on its way to the seller, more than the " + entitlement
                    + " it would leave them;"
                    + " resolve as release"
                    + (how == DisputeResolution.SPLIT ? "" : ", or as a split giving the seller at least that"));
        }
    }

    /** What every payment of a contract has paid or is paying to the seller (release legs that have not failed). */
    public static Money startedTowardsTheSeller(Contract contract, List<EscrowPayment> payments) {
        Money sum = Money.zero(contract.agreement().terms().total().currency());
        for (EscrowPayment p : payments) {
            sum = sum.plus(p.escrow().toSellerSoFar());
        }
        return sum;
    }

    private static String wireName(DisputeResolution how) {
        return switch (how) {
            case RELEASE_TO_SELLER -> "release";
            case REFUND_BUYER -> "refund";
            case SPLIT -> "split";
        };
    }
}
