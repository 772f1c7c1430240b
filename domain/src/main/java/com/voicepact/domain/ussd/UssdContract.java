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

/** What the USSD menu needs to know of one of the caller's contracts, and of its payments. */
public record UssdContract(ContractId id, String product, String unit, Money value, ContractStatus status, PartyRole callerRole,
                           boolean callerDecided, boolean deliveryReported, boolean deliveryAccepted, List<PaymentLine> payments) {

    public record PaymentLine(PaymentStatus status, Money amount) { }

    public UssdContract {
        payments = List.copyOf(payments);
    }

    public static UssdContract of(Contract c, PhoneNumber caller, List<PaymentLine> payments) {
        String unit = c.terms().quantity() == null ? "units" : c.terms().quantity().unit();
        return new UssdContract(c.id(), c.terms().product(), unit, c.terms().total(), c.status(),
                c.partyWith(caller).orElseThrow().role(), c.decisionOf(caller).isPresent(), c.delivery().isPresent(),
                c.delivery().map(DeliveryReport::isAccepted).orElse(false), payments);
    }

    /** Whether the caller has a delivery step to take: the seller to report, the buyer to accept. */
    public boolean awaitsDeliveryAction() {
        if (status != ContractStatus.ACTIVE || deliveryAccepted) {
            return false;
        }
        return callerRole == PartyRole.SELLER || (callerRole == PartyRole.BUYER && deliveryReported);
    }
}
