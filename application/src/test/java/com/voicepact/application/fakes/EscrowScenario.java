package com.voicepact.application.fakes;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import java.math.BigDecimal;

/** Steps of the escrow journey on an {@link InMemoryVoicePact}, for tests of every layer. */
public final class EscrowScenario {

    private final InMemoryVoicePact app;

    public EscrowScenario(InMemoryVoicePact app) {
        this.app = app;
    }

    public ContractId confirmedContract() {
        Contract contract = app.create.create(CreateContractCommands.maizeDeal());
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), SELLER, Channel.SMS));
        return contract.id();
    }

    public CheckoutResult checkout(ContractId contract, String amount) {
        return app.checkout.checkout(new CheckoutCommand(
                contract, BUYER, Money.of(amount, CurrencyCode.KES), "escrow", null, null, Actor.operator("test-key")));
    }

    /** The provider's success notification for a checkout, as its JSON would say it. */
    public SettlementResult providerConfirms(EscrowPayment payment) {
        String providerId = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(providerId, "Success");
        return app.notifications.settle(success(providerId, payment.amount()));
    }

    public static SettleMovementCommand success(String providerId, Money value) {
        return Callbacks.collected(providerId, value);
    }

    public static SettleMovementCommand failure(String providerId, String description) {
        return Callbacks.collectionFailed(providerId, description);
    }

    public static SettleMovementCommand payoutSuccess(String providerId, Money value, String fee) {
        return Callbacks.paidOut(providerId, value, fee == null ? null : new BigDecimal(fee));
    }

    /** A contract that is ACTIVE, funded by one locked payment of its whole total. */
    public EscrowPayment activeContractWithLockedPayment() {
        ContractId contract = confirmedContract();
        EscrowPayment payment = checkout(contract, "175000").payment();
        providerConfirms(payment);
        return app.payments.findById(payment.id()).orElseThrow();
    }

    /** Delivery reported by the seller and accepted by the buyer, the release handed to the provider: its payout. */
    public Payout sentRelease(EscrowPayment payment) {
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        app.dispatcher.dispatchDue();
        return app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
    }
}
