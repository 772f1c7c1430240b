package com.voicepact.domain.payment;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The contract's money, read from all its payments: the one place that says what is held, what is still owed, when the
 * contract is funded and when its payments are settled. A read-only view; it changes nothing.
 *
 * <p>Every sum is in the contract's currency. "Held" counts money that is the seller's if the contract goes well (what
 * LOCKED payments hold, plus release legs paid or under way); a checkout still PENDING holds nothing but reserves its
 * amount, so a second checkout cannot over-pay while the first is open.
 */
public final class ContractEscrow {

    private final Contract contract;
    private final List<EscrowPayment> payments;

    private ContractEscrow(Contract contract, List<EscrowPayment> payments) {
        this.contract = contract;
        this.payments = List.copyOf(payments);
    }

    /**
     * @param payments every payment of {@code contract}, oldest first
     */
    public static ContractEscrow of(Contract contract, List<EscrowPayment> payments) {
        return new ContractEscrow(contract, payments);
    }

    public Contract contract() {
        return contract;
    }

    public List<EscrowPayment> payments() {
        return payments;
    }

    /** The agreed total (quantity x unit price). */
    public Money total() {
        return contract.agreement().terms().total();
    }

    /** Money that is the seller's if the contract goes well: what LOCKED payments hold, and release legs paid or under way. */
    public Money held() {
        return SettlementPlan.heldForSeller(total(), payments);
    }

    /** What is still to be paid in before the total is held: total less {@link #held()}, never below zero. */
    public Money owed() {
        return isFunded() ? Money.zero(total().currency()) : total().minus(held());
    }

    /** {@link #held()} plus the amounts of checkouts still PENDING, which reserve their money until the provider settles them. */
    public Money reserved() {
        Money sum = held();
        for (EscrowPayment p : payments) {
            if (p.status() == PaymentStatus.PENDING) {
                sum = sum.plus(p.amount());
            }
        }
        return sum;
    }

    /** What a new checkout may still ask: the total less {@link #reserved()}, never below zero. */
    public Money openToCheckout() {
        Money reserved = reserved();
        return reserved.compareTo(total()) >= 0 ? Money.zero(total().currency()) : total().minus(reserved);
    }

    /** True when the held money covers the total. */
    public boolean isFunded() {
        return held().compareTo(total()) >= 0;
    }

    /** True while the contract takes a checkout: CONFIRMED, or ACTIVE with money still open to checkout ({@link ContractStatus#FUNDABLE}). */
    public boolean acceptsCheckout() {
        return contract.status() == ContractStatus.CONFIRMED
                || (contract.status() == ContractStatus.ACTIVE
                        && openToCheckout().isPositive());
    }

    /** True while a payout of any payment is in flight ({@link PaymentStatus#PAYING_OUT}). */
    public boolean isPayingOut() {
        return payments.stream().anyMatch(p -> PaymentStatus.PAYING_OUT.contains(p.status()));
    }

    /** True when no payout is in flight and no payment may still bring or hold money ({@link PaymentStatus#AWAITING_PAYOUT}). */
    public boolean isSettled() {
        return !isPayingOut() && payments.stream().noneMatch(p -> PaymentStatus.AWAITING_PAYOUT.contains(p.status()));
    }

    /**
     * True when the contract may complete: settled, some payment RELEASED to the seller, and the contract's own rule lets money go
     * to the seller ({@link com.voicepact.domain.contract.Fulfilment#mayPayTheSeller()}).
     */
    public boolean isComplete() {
        return isSettled()
                && payments.stream().anyMatch(p -> p.status() == PaymentStatus.RELEASED)
                && contract.fulfilment().mayPayTheSeller();
    }

    /**
     * The payouts of one kind the provider confirmed, to one recipient (every recipient when null): their total and the
     * provider's ids (our payout id when the provider gave none).
     */
    public PaidOut paidOut(PayoutKind kind, PhoneNumber recipient) {
        Money total = Money.zero(total().currency());
        List<String> ids = new ArrayList<>();
        for (EscrowPayment p : payments) {
            for (Payout payout : p.payouts()) {
                if (payout.kind() == kind
                        && payout.state() == PayoutState.CONFIRMED
                        && (recipient == null || payout.recipient().equals(recipient))) {
                    total = total.plus(payout.amount());
                    ids.add(payout.providerId() == null ? payout.id() : payout.providerId());
                }
            }
        }
        return new PaidOut(total, String.join(", ", ids));
    }

    /** Confirmed payouts: their {@code total} and the provider's ids, comma separated. */
    public record PaidOut(Money total, String providerIds) {}

    /** The distinct payers of the contract's payments, in payment order. */
    public Set<PhoneNumber> payers() {
        Set<PhoneNumber> payers = new java.util.LinkedHashSet<>();
        payments.forEach(p -> payers.add(p.checkout().payer()));
        return payers;
    }
}
