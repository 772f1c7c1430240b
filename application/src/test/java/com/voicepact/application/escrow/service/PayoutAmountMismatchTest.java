package com.voicepact.application.escrow.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import org.junit.jupiter.api.Test;

/**
 * A payout's success report whose amount is not the payout's (M-Pesa says KES 1 went out for a KES 175,000 release)
 * was applied all the same: the payout confirmed, the seller's money counted as paid. It is flagged as a mismatch and
 * changes nothing, as a collection's wrong amount is; the payout stays out until an operator or the provider settles it.
 * (Found by the second fresh-eyes check of issue 14.)
 */
class PayoutAmountMismatchTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    private Payout sentRelease() {
        return scenario.sentRelease(scenario.activeContractWithLockedPayment());
    }

    @Test
    void givenASentRelease_whenItsSuccessReportsAnotherAmount_thenFlaggedAndNotConfirmed() {
        Payout sent = sentRelease();
        app.gateway.complete(sent.providerId(), "Success");

        SettlementResult result = app.notifications.settle(
                EscrowScenario.payoutSuccess(sent.providerId(), Money.of("1", CurrencyCode.KES), null));

        assertThat(result.outcome()).isEqualTo(SettlementResult.Outcome.MISMATCH);
        EscrowPayment after = app.payments.findByPayout(sent.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(PaymentStatus.RELEASING);
        assertThat(after.payouts().get(0).state()).isEqualTo(sent.state());
    }

    @Test
    void givenASentRelease_whenItsSuccessReportsItsAmount_thenConfirmed() {
        Payout sent = sentRelease();
        app.gateway.complete(sent.providerId(), "Success");

        SettlementResult result =
                app.notifications.settle(EscrowScenario.payoutSuccess(sent.providerId(), sent.amount(), "15.00"));

        assertThat(result.outcome()).isEqualTo(SettlementResult.Outcome.APPLIED);
        assertThat(app.payments.findByPayout(sent.id()).orElseThrow().status()).isEqualTo(PaymentStatus.RELEASED);
    }
}
