package com.voicepact.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md, "3. The whole escrow journey": every service wired on in-memory ports
 * ({@link InMemoryVoicePact}, whose fields show each service's constructor), money moved by the fake
 * payment gateway. A deal of KES 9,000, paid into escrow, delivered, accepted, paid out to the seller.
 */
class EscrowJourneyExample {

    private final PhoneNumber buyer = PhoneNumber.parse("0712345678", "KE");
    private final PhoneNumber seller = PhoneNumber.parse("0722000111", "KE");

    @Test
    void createConfirmPayDeliverRelease_thenTheSellerIsPaidAndTheContractCompleted() {
        // tag::journey[]
        InMemoryVoicePact app = new InMemoryVoicePact();

        // 1. a contract, confirmed by both parties from their phones
        Contract contract = app.create.create(new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(buyer, PartyRole.BUYER, "Amina"), Party.of(seller, PartyRole.SELLER, "John")),
                ContractTerms.of(
                        "Beans",
                        Quantity.of(new BigDecimal("3"), "bags"),
                        Money.of("3000", CurrencyCode.KES),
                        null,
                        "Nakuru",
                        null,
                        null,
                        null),
                "3 bags of beans at 3000 each",
                Actor.operator("my-app")));
        ContractId id = contract.id();
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, buyer, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, seller, Channel.USSD));

        // 2. the buyer pays the total into escrow; the provider reports the money collected
        EscrowPayment payment = app.checkout
                .checkout(new CheckoutCommand(
                        id, buyer, Money.of("9000", CurrencyCode.KES), "escrow", null, null, Actor.operator("my-app")))
                .payment();
        String checkoutId = payment.lifecycle().providerTransactionId().orElseThrow();
        app.gateway.complete(checkoutId, "Success");
        app.notifications.settle(Callbacks.collected(checkoutId, payment.amount()));

        // 3. the seller delivers, the buyer accepts: the escrow is released to the seller
        app.delivery.reportDelivery(new DeliveryCommand(id, seller, null, Channel.USSD, Actor.party(seller)));
        app.delivery.acceptDelivery(new DeliveryCommand(id, buyer, null, Channel.SMS, Actor.party(buyer)));
        app.dispatcher.dispatchDue(); // sends the payout to the provider
        Payout payout =
                app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
        app.gateway.complete(payout.providerId(), "Success");
        app.notifications.settle(Callbacks.paidOut(payout.providerId(), payout.amount(), null));
        // end::journey[]

        assertThat(app.gateway.payouts())
                .singleElement()
                .satisfies(sent -> assertThat(sent.recipient()).isEqualTo(seller));
        assertThat(payout.amount()).isEqualTo(Money.of("9000", CurrencyCode.KES));
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.COMPLETED);
        assertThat(app.audit.verify().intact()).isTrue();
    }
}
