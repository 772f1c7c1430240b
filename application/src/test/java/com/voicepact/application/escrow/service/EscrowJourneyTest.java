package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsCommand;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.ledger.Account;
import com.voicepact.domain.ledger.Balances;
import com.voicepact.domain.ledger.LedgerLine;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The whole escrow journey on the in-memory gateway, from checkout to the seller's payout. */
class EscrowJourneyTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @Test
    void givenConfirmedContract_whenPaidDeliveredAndAccepted_thenReleasedAutomaticallyAndLedgerBalancesToZero() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        assertThat(payment.status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(payment.checkout().reference()).matches("[0-9A-F]{12}");
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.ACTIVE);

        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        EscrowPayment releasing = app.payments.findById(payment.id()).orElseThrow();
        assertThat(releasing.status())
                .as("released by itself once both confirmations are recorded")
                .isEqualTo(PaymentStatus.RELEASING);

        assertThat(app.dispatcher.dispatchDue()).isGreaterThanOrEqualTo(1);
        assertThat(app.gateway.payouts()).hasSize(1);
        assertThat(app.gateway.payouts().get(0).recipient()).isEqualTo(SELLER);
        Payout sent =
                app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
        app.gateway.complete(sent.providerId(), "Success");
        app.notifications.settle(EscrowScenario.payoutSuccess(sent.providerId(), sent.amount(), "15.00"));

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
        assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.COMPLETED);
        var postings = app.ledger.forContract(payment.contractId());
        assertThat(Balances.creditBalance(postings, Account.escrow(payment.contractId())))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Balances.creditBalance(postings, Account.sellerPayable(payment.contractId())))
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(Balances.totalOf(postings, LedgerLine.Side.DEBIT, CurrencyCode.KES))
                .isEqualByComparingTo(Balances.totalOf(postings, LedgerLine.Side.CREDIT, CurrencyCode.KES));

        app.dispatcher.dispatchDue();
        assertThat(app.sms.sent())
                .extracting(RecordingSmsGateway.Sent::text)
                .anyMatch(t -> t.startsWith("VoicePact Escrow Funded:") && t.contains("Held: KES 175,000.00"))
                .anyMatch(
                        t -> t.startsWith("VoicePact Delivery Alert:") && t.contains("ACCEPT-" + payment.contractId()))
                .anyMatch(t -> t.startsWith("VoicePact Payment Released:") && t.contains("To: " + SELLER.e164()));
        assertThat(app.audit.verify().intact()).isTrue();
        assertThat(app.reconciliation
                        .reconcile(new ReconcilePaymentsCommand(
                                payment.checkout().createdAt().minusSeconds(60),
                                app.clock.now().plusSeconds(60)))
                        .isClean())
                .isTrue();
    }

    @Test
    void givenTotalAboveTheLimit_whenFundedByTwoCheckouts_thenActiveOnlyWhenBothLocked() {
        var contract = scenario.confirmedContract();
        EscrowPayment first = scenario.checkout(contract, "100000").payment();
        EscrowPayment second = scenario.checkout(contract, "75000").payment();
        assertThat(second.id().value()).endsWith("-002");
        scenario.providerConfirms(first);
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.CONFIRMED);
        scenario.providerConfirms(second);
        assertThat(app.queries.get(contract).status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(Balances.creditBalance(app.ledger.forContract(contract), Account.escrow(contract)))
                .isEqualByComparingTo("175000");
        assertThat(Money.of("175000", CurrencyCode.KES))
                .isEqualTo(app.queries.get(contract).agreement().terms().total());
    }
}
