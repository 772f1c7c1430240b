package com.voicepact.domain.ussd;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.payment.PaymentStatus;
import java.util.List;
import java.util.Set;

/** What the USSD menu needs to know of one of the caller's contracts, and of its payments. */
public record UssdContract(ContractId id, String product, String unit, Money value, ContractStatus status, PartyRole callerRole,
                           boolean callerDecided, boolean deliveryReported, boolean deliveryAccepted, List<PaymentLine> payments) {

    public record PaymentLine(PaymentStatus status, Money amount) { }

    /**
     * Where the contract's money is: {@code held} in escrow (locked, being released or refunded),
     * {@code released} to the seller, {@code refunded} to the payer, and {@code owed}, what is still to
     * be paid in (total - held - released, never below zero; nothing once the contract is completed,
     * cancelled or expired). Pending, failed and expired payments hold nothing.
     */
    public record Funds(Money held, Money owed, Money released, Money refunded) { }

    private static final Set<ContractStatus> CLOSED = Set.of(ContractStatus.COMPLETED, ContractStatus.CANCELLED,
            ContractStatus.EXPIRED);
    private static final Set<PaymentStatus> HELD = Set.of(PaymentStatus.LOCKED, PaymentStatus.RELEASING, PaymentStatus.REFUNDING);

    public UssdContract {
        payments = List.copyOf(payments);
    }

    public static UssdContract of(Contract c, PhoneNumber caller, List<PaymentLine> payments) {
        String unit = c.terms().quantity() == null ? "units" : c.terms().quantity().unit();
        return new UssdContract(c.id(), c.terms().product(), unit, c.terms().total(), c.status(),
                c.partyWith(caller).orElseThrow().role(), c.decisionOf(caller).isPresent(), c.delivery().isPresent(),
                c.delivery().map(DeliveryReport::isAccepted).orElse(false), payments);
    }

    /** The sums of this contract's payments by where the money is. */
    public Funds funds() {
        Money held = sum(HELD);
        Money released = sum(Set.of(PaymentStatus.RELEASED));
        Money paidIn = held.plus(released);
        boolean collecting = !CLOSED.contains(status);
        Money owed = !collecting || paidIn.compareTo(value) >= 0 ? Money.zero(value.currency()) : value.minus(paidIn);
        return new Funds(held, owed, released, sum(Set.of(PaymentStatus.REFUNDED)));
    }

    private Money sum(Set<PaymentStatus> statuses) {
        return payments.stream().filter(p -> statuses.contains(p.status())).map(PaymentLine::amount)
                .filter(a -> a.hasSameCurrencyAs(value)).reduce(Money.zero(value.currency()), Money::plus);
    }

    /** Whether the caller has a delivery step to take: the seller to report, the buyer to accept. */
    public boolean awaitsDeliveryAction() {
        if (status != ContractStatus.ACTIVE || deliveryAccepted) {
            return false;
        }
        return callerRole == PartyRole.SELLER || (callerRole == PartyRole.BUYER && deliveryReported);
    }
}
