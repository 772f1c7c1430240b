package com.voicepact.domain.ussd;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractAction;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.PayoutKind;
import java.util.List;
import java.util.Set;

/**
 * What the USSD menu needs to know of one of the caller's contracts, and of its payments; {@code fingerprint}: its
 * current terms' (null: unknown).
 */
public record UssdContract(
        ContractId id,
        String product,
        String unit,
        Money value,
        ContractStatus status,
        PartyRole callerRole,
        boolean callerDecided,
        boolean deliveryReported,
        boolean deliveryAccepted,
        List<PaymentLine> payments,
        String fingerprint) {

    /**
     * One payment as the menu sees it: its status and amount, what of it reached the seller
     * ({@code released}) or went back to the payer ({@code refunded}), and what is on its way to the
     * seller ({@code releasing}). A split or a surplus makes a payment partly released, partly refunded.
     */
    public record PaymentLine(PaymentStatus status, Money amount, Money released, Money refunded, Money releasing) {

        /** A payment whose money moved whole: all released, all refunded, or nothing yet. */
        public PaymentLine(PaymentStatus status, Money amount) {
            this(
                    status,
                    amount,
                    status == PaymentStatus.RELEASED ? amount : Money.zero(amount.currency()),
                    status == PaymentStatus.REFUNDED ? amount : Money.zero(amount.currency()),
                    status == PaymentStatus.RELEASING ? amount : Money.zero(amount.currency()));
        }

        public static PaymentLine of(EscrowPayment payment) {
            Money released = payment.escrow().paidOut(PayoutKind.RELEASE);
            return new PaymentLine(
                    payment.status(),
                    payment.amount(),
                    released,
                    payment.escrow().paidOut(PayoutKind.REFUND),
                    payment.escrow()
                            .toSellerSoFar()
                            .minus(released)); // releasing: release legs neither paid nor failed
        }

        /** Still in escrow: a payment holding money, less what already reached someone. */
        Money held() {
            return PaymentStatus.HOLDING.contains(status)
                    ? amount.minus(released).minus(refunded)
                    : Money.zero(amount.currency());
        }

        /** Counts toward the total: what reached or is reaching the seller, and what a LOCKED payment holds. */
        Money forSeller() {
            return released.plus(releasing)
                    .plus(status == PaymentStatus.LOCKED ? held() : Money.zero(amount.currency()));
        }
    }

    /**
     * Where the contract's money is: {@code held} in escrow (locked, being released or refunded),
     * {@code released} to the seller, {@code refunded} to the payer, and {@code owed}, what is still to
     * be paid in (total - held - released, never below zero; nothing once the contract is completed,
     * cancelled or expired). Pending, failed and expired payments hold nothing.
     */
    public record Funds(Money held, Money owed, Money released, Money refunded) {}

    public UssdContract {
        payments = List.copyOf(payments);
    }

    /** A contract whose terms' fingerprint is not known: a YES on its screen is on the terms when it arrives. */
    public UssdContract(
            ContractId id,
            String product,
            String unit,
            Money value,
            ContractStatus status,
            PartyRole callerRole,
            boolean callerDecided,
            boolean deliveryReported,
            boolean deliveryAccepted,
            List<PaymentLine> payments) {
        this(
                id,
                product,
                unit,
                value,
                status,
                callerRole,
                callerDecided,
                deliveryReported,
                deliveryAccepted,
                payments,
                null);
    }

    public static UssdContract of(Contract c, PhoneNumber caller, List<PaymentLine> payments) {
        String unit = c.agreement().terms().quantity() == null
                ? "units"
                : c.agreement().terms().quantity().unit();
        c.agreement().partyWith(caller).orElseThrow();
        ContractAction.Standing standing = ContractAction.Standing.of(c, caller, true);
        return new UssdContract(
                c.id(),
                c.agreement().terms().product(),
                unit,
                c.agreement().terms().total(),
                c.status(),
                standing.role(),
                standing.decided(),
                standing.deliveryReported(),
                standing.deliveryAccepted(),
                payments,
                c.agreement().fingerprint());
    }

    /**
     * What the caller may do on this contract now, by the one rule ({@link ContractAction}); the menu has no clock, so a
     * confirmation window that closed is found when the action runs.
     */
    public Set<ContractAction> allowedActions() {
        return ContractAction.allowedFor(new ContractAction.Standing(
                status, callerRole, callerDecided, true, deliveryReported, deliveryAccepted));
    }

    /** The sums of this contract's payments by where the money is. */
    public Funds funds() {
        Money paidIn = sum(PaymentLine::forSeller);
        boolean collecting = !status.isFinal();
        Money owed = !collecting || paidIn.compareTo(value) >= 0 ? Money.zero(value.currency()) : value.minus(paidIn);
        return new Funds(sum(PaymentLine::held), owed, sum(PaymentLine::released), sum(PaymentLine::refunded));
    }

    private Money sum(java.util.function.Function<PaymentLine, Money> part) {
        return payments.stream()
                .filter(p -> p.amount().hasSameCurrencyAs(value))
                .map(part)
                .reduce(Money.zero(value.currency()), Money::plus);
    }

    /** Whether the caller has a delivery step to take: the seller to report, the buyer to accept. */
    public boolean awaitsDeliveryAction() {
        Set<ContractAction> allowed = allowedActions();
        return allowed.contains(ContractAction.REPORT_DELIVERY) || allowed.contains(ContractAction.ACCEPT_DELIVERY);
    }
}
