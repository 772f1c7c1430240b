package com.voicepact.adapter.out.mpesa;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.out.mpesa.CannedDaraja.Answer;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.testdata.SettableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The escrow's outbox dispatcher paying a seller through the Daraja adapter, against canned Daraja answers: what the
 * application does with each gateway answer to a B2C. A duplicate {@code OriginatorConversationID} must never fail the
 * payout (that would put the money back in escrow to be paid again): it is looked up by Transaction Status and never sent
 * again. Spike arrest sends it again later.
 */
class DarajaPayoutDispatchTest {

    private static final String B2C = DarajaClientTest.B2C;
    private static final String STATUS = DarajaClientTest.STATUS;
    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);
    private CannedDaraja daraja;
    private DispatchOutboxService dispatcher;

    @BeforeAll
    static void makeTheCertificateFirst() {
        TestCertificate.get();
    }

    @BeforeEach
    void start() {
        daraja = new CannedDaraja();
        DarajaPaymentGateway gateway = new DarajaPaymentGateway(new DarajaClient(
                DarajaClientTest.config(daraja.url(), TestCertificate.get().pem, StkTransactionType.PAYBILL, null),
                new SettableClock(Instant.parse("2026-11-30T07:15:30Z"))));
        dispatcher = new DispatchOutboxService(
                app.escrowPorts.payments(),
                app.escrowPorts.outbox(),
                app.escrowPorts.clock(),
                app.escrowPorts.transactions(),
                app.escrowPorts.audit(),
                app.escrowPorts.ledger(),
                app.escrowPorts.messenger(),
                app.sms,
                gateway,
                app.notifications,
                app.smsLog);
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    /** A funded contract whose delivery the buyer accepted: one release payout of KES 175,000 to the seller is queued. */
    private EscrowPayment released() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        app.delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        app.delivery.acceptDelivery(
                new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        return payment;
    }

    private EscrowPayment now(EscrowPayment payment) {
        return app.payments.findById(payment.id()).orElseThrow();
    }

    private static Payout onlyPayout(EscrowPayment payment) {
        assertThat(payment.payouts()).hasSize(1);
        return payment.payouts().get(0);
    }

    @Test
    void
            givenDarajaAnswersDuplicateOriginator_thenThePayoutStaysInFlight_isLookedUpByTransactionStatus_andIsNeverSentAgain() {
        EscrowPayment payment = released();
        daraja.answer(B2C, Answer.gatewayError(500, "500.002.1001", "Duplicate OriginatorConversationID."));
        daraja.answer(STATUS, 200, DarajaClientTest.ACCEPTED_B2C);

        dispatcher.dispatchDue();

        assertThat(now(payment).status()).as("not failed back into escrow").isEqualTo(PaymentStatus.RELEASING);
        Payout payout = onlyPayout(now(payment));
        assertThat(payout.state()).isEqualTo(PayoutState.SENDING);

        app.clock.advance(Duration.ofMinutes(2)); // past the lease and the back-off
        dispatcher.dispatchDue();

        assertThat(daraja.requestsTo(B2C)).hasSize(1);
        assertThat(daraja.last(STATUS).body()).contains("\"OriginatorConversationID\":\"" + payout.id() + "\"");
        assertThat(now(payment).status()).isEqualTo(PaymentStatus.RELEASING);
        assertThat(onlyPayout(now(payment)).state()).isEqualTo(PayoutState.SENDING);
    }

    @Test
    void givenSpikeArrest_thenThePayoutIsSentAgainLater_andAcceptedThen() {
        EscrowPayment payment = released();
        daraja.answer(B2C, Answer.gatewayError(500, "500.003.02", "Spike arrest violation"));
        daraja.answer(B2C, 200, DarajaClientTest.ACCEPTED_B2C);

        dispatcher.dispatchDue();

        assertThat(now(payment).status()).isEqualTo(PaymentStatus.RELEASING);
        assertThat(onlyPayout(now(payment)).state()).isEqualTo(PayoutState.REQUESTED);

        app.clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();

        assertThat(daraja.requestsTo(B2C)).hasSize(2);
        assertThat(onlyPayout(now(payment))).satisfies(p -> {
            assertThat(p.state()).isEqualTo(PayoutState.SENT);
            assertThat(p.providerId()).isEqualTo("AG_20261130_0000");
        });
    }
}
