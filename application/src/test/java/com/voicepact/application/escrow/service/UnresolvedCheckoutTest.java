package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.ReconcilePaymentsCommand;
import com.voicepact.application.escrow.port.in.ReconciliationReport;
import com.voicepact.application.fakes.CapturedLog;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.TransactionId;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A checkout whose answer and callback were both lost has no provider id, and a provider that cannot be searched by our
 * reference (M-Pesa Daraja) cannot tell the stale-checkout job anything: the payment stays pending (the payer may have
 * paid). It must not stay pending without a trace: the job warns once per payment (log and audit), and the
 * reconciliation's own-side checks list it with what an operator must do.
 */
class UnresolvedCheckoutTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @RegisterExtension
    final CapturedLog logged = CapturedLog.of(SettleStaleCheckoutsService.class);

    /** A checkout recorded pending whose provider answer never came (no provider id). */
    private EscrowPayment answerLost(ContractId contract, int sequence) {
        EscrowPayment payment = EscrowPayment.create(
                TransactionId.of(contract, sequence),
                BUYER,
                SELLER,
                Money.of("2300", CurrencyCode.KES),
                "0123456789A" + sequence,
                Map.of(),
                0,
                null,
                app.clock.now());
        app.transactions.inTransaction(() -> app.payments.save(payment));
        return payment;
    }

    @Test
    void
            givenAPendingCheckoutTheProviderCannotBeAskedAbout_whenTheJobRunsTwice_thenOneWarningAndOneAuditEntry_andStillPending() {
        EscrowPayment payment = answerLost(scenario.confirmedContract(), 1);
        app.gateway.setUnavailable(true); // as Daraja's "cannot look a checkout up by its AccountReference"
        app.clock.advance(Duration.ofMinutes(10));

        app.staleCheckouts.settleStaleCheckouts();
        app.staleCheckouts.settleStaleCheckouts();

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(logged.records())
                .filteredOn(r -> r.getLevel() == Level.WARNING)
                .singleElement()
                .satisfies(r -> assertThat(r.getMessage())
                        .contains(payment.id().value(), payment.checkout().reference()));
        assertThat(app.auditLog.forSubject(payment.id().value()))
                .filteredOn(e -> e.record().action().equals("CHECKOUT_UNRESOLVED"))
                .hasSize(1);
    }

    @Test
    void
            givenAProviderThatListsNoMovements_whenReconciled_thenAPendingCheckoutPastTheWindowWithoutProviderIdIsListed_notAFreshOne() {
        ContractId contract = scenario.confirmedContract();
        EscrowPayment stale = answerLost(contract, 1);
        app.clock.advance(Duration.ofMinutes(10));
        EscrowPayment fresh = answerLost(contract, 2);
        app.gateway.listNoMovements("M-Pesa Daraja lists no transactions");

        ReconciliationReport report = app.reconciliation.reconcile(new ReconcilePaymentsCommand(
                stale.checkout().createdAt().minusSeconds(60), app.clock.now().plusSeconds(60)));

        assertThat(report.mismatches())
                .filteredOn(m -> m.kind().equals("UNRESOLVED_CHECKOUT"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.transactionId()).isEqualTo(stale.id().value());
                    assertThat(m.detail()).contains(stale.checkout().reference(), "statement");
                });
        assertThat(report.mismatches()).noneMatch(m -> fresh.id().value().equals(m.transactionId()));
    }
}
