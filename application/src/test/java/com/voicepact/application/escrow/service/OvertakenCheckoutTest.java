package com.voicepact.application.escrow.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A paid collection's callback that reached us before the checkout's answer was recorded, without our id (another node,
 * or past the adapter's wait), was recorded as "no payment has this transaction id". The payer's money must still be
 * locked: by the stale-checkout job's query, whose report reads the same as that callback did.
 */
class OvertakenCheckoutTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    @Test
    void
            givenThePaidCallbackWasFlaggedUnknownBeforeTheAnswerWasRecorded_whenTheCheckoutWindowPasses_thenTheQueryLocksIt() {
        EscrowPayment payment =
                scenario.checkout(scenario.confirmedContract(), "9000").payment();
        String provider = payment.lifecycle().providerTransactionId().orElseThrow();
        app.providerEvents.record(new ProviderEvent(
                ProviderEvent.keyOf(provider, ProviderEvent.SUCCEEDED, "KES 9000"),
                provider,
                ProviderEvent.SUCCEEDED,
                "KES 9000",
                "{}",
                app.clock.now(),
                ProviderEvent.Outcome.UNKNOWN_TRANSACTION,
                "no payment has this transaction id"));
        app.gateway.complete(provider, "Success");
        app.clock.advance(Duration.ofMinutes(6));

        app.staleCheckouts.settleStaleCheckouts();

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
    }
}
