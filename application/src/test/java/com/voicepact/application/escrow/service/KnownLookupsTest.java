package com.voicepact.application.escrow.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A provider whose lookup answers less than its callback did (M-Pesa's STK query tells no amount; a restarted adapter no
 * longer remembers the one it asked for) is told what the application knows, so the stale-checkout job still locks a
 * checkout the payer paid.
 */
class KnownLookupsTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);
    private final Forgetful gateway = new Forgetful(app.gateway);
    private final SettleStaleCheckoutsService jobs = new SettleStaleCheckoutsService(
            app.escrowPorts.moves(),
            app.escrowPorts.payments(),
            app.escrowPorts.clock(),
            app.escrowPorts.transactions(),
            app.escrowPorts.audit(),
            gateway,
            app.notifications,
            app.paymentSettings);

    @Test
    void givenACheckoutPaidWhoseCallbackWasLost_whenTheProviderIsAskedAfterTheWindow_thenToldTheAmountItLocks() {
        EscrowPayment payment =
                scenario.checkout(scenario.confirmedContract(), "175000").payment();
        app.gateway.complete(
                payment.lifecycle().providerTransactionId().orElseThrow(), "Success"); // paid; the callback never comes
        app.clock.advance(Duration.ofMinutes(6));

        jobs.settleStaleCheckouts();

        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
        assertThat(gateway.told)
                .containsExactly(new KnownMovement(payment.checkout().reference(), payment.amount()));
    }

    /** Answers a paid collection as still pending unless told its amount, as the Daraja adapter does after a restart. */
    private static final class Forgetful implements PaymentGatewayPort {
        private final PaymentGatewayPort provider;
        final List<KnownMovement> told = new ArrayList<>();

        Forgetful(PaymentGatewayPort provider) {
            this.provider = provider;
        }

        @Override
        public Lookup findByProviderReference(MoneyMovement movement, String providerReference) {
            Lookup known = provider.findByProviderReference(movement, providerReference);
            return known instanceof Lookup.Found found && found.movement().succeeded()
                    ? new Lookup.Found(new ProviderMovement(
                            movement, providerReference, null, new MovementOutcome.Pending(), null, null, null))
                    : known;
        }

        @Override
        public Lookup findByProviderReference(MoneyMovement movement, String providerReference, KnownMovement known) {
            told.add(known);
            return known.amount() == null
                    ? findByProviderReference(movement, providerReference)
                    : provider.findByProviderReference(movement, providerReference);
        }

        @Override
        public GatewayAnswer collect(CollectionRequest request) {
            return provider.collect(request);
        }

        @Override
        public GatewayAnswer payOut(PayoutRequest request) {
            return provider.payOut(request);
        }

        @Override
        public GatewayAnswer refund(RefundRequest request) {
            return provider.refund(request);
        }

        @Override
        public Lookup findByOurReference(MoneyMovement movement, String ourReference) {
            return provider.findByOurReference(movement, ourReference);
        }

        @Override
        public Money balance() {
            return provider.balance();
        }

        @Override
        public List<ProviderMovement> movementsBetween(Instant from, Instant to) {
            return provider.movementsBetween(from, to);
        }
    }
}
