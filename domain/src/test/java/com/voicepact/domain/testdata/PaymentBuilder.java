package com.voicepact.domain.testdata;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;
import java.util.Map;

/** Test data for escrow payments of the builder's default contract. */
public final class PaymentBuilder {

    private int number = 1;
    private Money amount = Money.of("175000", CurrencyCode.KES);
    private ContractId contract = ContractId.of(2026, 1);

    public static PaymentBuilder aPayment() {
        return new PaymentBuilder();
    }

    public PaymentBuilder number(int n) {
        this.number = n;
        return this;
    }

    public PaymentBuilder amount(String value) {
        this.amount = Money.of(value, CurrencyCode.KES);
        return this;
    }

    public PaymentBuilder forContract(ContractId id) {
        this.contract = id;
        return this;
    }

    public EscrowPayment pending() {
        return EscrowPayment.create(
                TransactionId.of(contract, number),
                ContractBuilder.BUYER,
                ContractBuilder.SELLER,
                amount,
                "A7F5C3D8E9B2",
                Map.of("product", "Maize"),
                0,
                null,
                ContractBuilder.T0);
    }

    public EscrowPayment locked() {
        EscrowPayment payment = pending();
        payment.checkoutAccepted("ATPid_" + number);
        payment.lock(amount, null, ContractBuilder.T0.plusSeconds(30));
        return payment;
    }
}
