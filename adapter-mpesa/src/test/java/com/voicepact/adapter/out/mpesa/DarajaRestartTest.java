package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import com.voicepact.sandbox.mpesa.TestPayers;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Daraja adapter built afresh (the service restarted: everything it kept in memory is gone) still refunds by Reversal
 * and answers lookups, from what the application recorded and passes in: the collection's receipt, the amount, our ids.
 */
class DarajaRestartTest {

    private static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    private static final String REVERSAL = "/mpesa/reversal/v1/request";
    private static final PhoneNumber PAYER = new PhoneNumber("+" + TestPayers.PAYS);
    private DarajaSandbox sandbox;
    private SettlingReceiver app;
    private DarajaPaymentGateway before;

    @BeforeEach
    void start() {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("consumer-key", "consumer-secret"));
        app = new SettlingReceiver();
        before = fresh();
        app.feeding(before.settlements());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        app.close();
    }

    private DarajaPaymentGateway fresh() {
        return new DarajaPaymentGateway(
                new DarajaClient(DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, app), Clock.systemUTC()));
    }

    /** The service restarts: a new adapter, which now receives the callbacks. */
    private DarajaPaymentGateway restarted() {
        DarajaPaymentGateway after = fresh();
        app.feeding(after.settlements());
        return after;
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    private long requestsTo(String path) {
        return sandbox.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    /** A checkout paid before the restart; returns its CheckoutRequestID and the receipt its callback brought. */
    private String[] paidBeforeTheRestart(String amount) {
        String checkout = ((GatewayAnswer.Accepted) before.collect(
                        new CollectionRequest(PAYER, kes(amount), "C0FFEE0000AA", Map.of("transaction_id", "TXN-9"))))
                .providerReference();
        SettleMovementCommand paid =
                app.await("/stk", r -> r.raw().contains(checkout)).command().orElseThrow();
        String receipt =
                ((MovementOutcome.Succeeded) ((SettleMovementCommand.Report.Typed) paid.report()).outcome()).receipt();
        return new String[] {checkout, receipt};
    }

    @Test
    void
            givenAPaidCollection_whenARestartedAdapterRefundsItWithTheRecordedReceipt_thenAReversalOfThatReceipt_foundByOurPayoutId() {
        String[] collection = paidBeforeTheRestart("300");
        DarajaPaymentGateway after = restarted();

        GatewayAnswer answer =
                after.refund(new RefundRequest("TXN-9-P1", collection[0], PAYER, kes("300"), collection[1]));

        String conversation = ((GatewayAnswer.Accepted) answer).providerReference();
        assertThat(requestsTo(B2C)).as("no new payment to the payer").isZero();
        assertThat(sandbox.requests().stream()
                        .filter(r -> r.path().equals(REVERSAL))
                        .toList())
                .singleElement()
                .satisfies(r -> assertThat(r.body()).contains("\"TransactionID\":\"" + collection[1] + "\""));
        SettleMovementCommand reversed = app.await(
                        "/reversal/result", r -> r.raw().contains(conversation))
                .command()
                .orElseThrow();
        assertThat(reversed.movement()).isEqualTo(MoneyMovement.REVERSAL);
        assertThat(reversed.succeeded()).isTrue();
        assertThat(((Lookup.Found) after.findByOurReference(MoneyMovement.REFUND, "TXN-9-P1"))
                        .movement()
                        .succeeded())
                .isTrue();
        assertThat(sandbox.utilityAccount()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void
            givenACheckoutPaidBeforeARestart_whenTheRestartedAdapterIsToldItsAmount_thenTheStkQueryAnswersSucceededWithIt() {
        String[] collection = paidBeforeTheRestart("300");
        DarajaPaymentGateway after = restarted();

        Lookup lookup = after.findByProviderReference(
                MoneyMovement.COLLECTION, collection[0], new KnownMovement("C0FFEE0000AA", kes("300")));

        assertThat(((Lookup.Found) lookup).movement()).satisfies(m -> {
            assertThat(m.outcome()).isEqualTo(new MovementOutcome.Succeeded(kes("300"), null));
            assertThat(m.ourReference()).isEqualTo("C0FFEE0000AA");
            assertThat(m.amount()).isEqualTo(kes("300"));
        });
    }

    @Test
    void
            givenAPayoutSentBeforeARestart_whenLookedUpByItsConversationIdWithOurPayoutId_thenAskedByIt_andItsResultSettlesIt() {
        sandbox.fundUtilityAccount(new BigDecimal("1000"));
        String conversation = ((GatewayAnswer.Accepted) before.payOut(new PayoutRequest("TXN-1-P1", PAYER, kes("100"))))
                .providerReference();
        app.await("/b2c/result", r -> r.raw().contains(conversation));
        DarajaPaymentGateway after = restarted();

        Lookup lookup = after.findByProviderReference(
                MoneyMovement.PAYOUT, conversation, new KnownMovement("TXN-1-P1", kes("100")));

        assertThat(lookup).isInstanceOf(Lookup.Asked.class);
        SettlingReceiver.Received status = app.await(
                "/status/result",
                r -> ((Lookup.Asked) lookup)
                        .queryReference()
                        .equals(r.body().path("Result").path("ConversationID").asText()));
        assertThat(status.command()).hasValueSatisfying(c -> {
            assertThat(c.providerReference()).isEqualTo(conversation);
            assertThat(c.ourReference()).isEqualTo("TXN-1-P1");
            assertThat(c.succeeded()).isTrue();
        });
    }

    @Test
    void thePayoutLimitsAreMpesas() {
        assertThat(before.payoutLimits().minimum()).isEqualTo(kes("10"));
        assertThat(before.payoutLimits().maximum()).isEqualTo(kes("250000"));
    }
}
