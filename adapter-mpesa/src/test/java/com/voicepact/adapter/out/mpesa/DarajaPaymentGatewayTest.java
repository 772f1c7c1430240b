package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.GatewayException;
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

/** What the Daraja adapter adds to the port contract, over HTTP against the local Daraja sandbox. */
class DarajaPaymentGatewayTest {

    private static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    private static final String REVERSAL = "/mpesa/reversal/v1/request";
    private static final PhoneNumber PAYER = new PhoneNumber("+" + TestPayers.PAYS);
    private DarajaSandbox sandbox;
    private SettlingReceiver app;
    private DarajaPaymentGateway gateway;

    @BeforeEach
    void start() {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("consumer-key", "consumer-secret"));
        app = new SettlingReceiver();
        gateway = new DarajaPaymentGateway(
                new DarajaClient(DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, app), Clock.systemUTC()));
        app.feeding(gateway.settlements());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        app.close();
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    private long requestsTo(String path) {
        return sandbox.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    /**
     * A paid collection from the sandbox's paying test payer; its STK callback (with the receipt) has been mapped. The test
     * payer answers at once, so the callback may be mapped before {@code collect} returns: its {@code ourReference} may be null.
     */
    private String paidCollection(String amount) {
        GatewayAnswer answer = gateway.collect(
                new CollectionRequest(PAYER, kes(amount), "C0FFEE0000AA", Map.of("transaction_id", "TXN-9")));
        String checkout = ((GatewayAnswer.Accepted) answer).providerReference();
        assertThat(app.await("/stk", r -> r.raw().contains(checkout)).command()).isPresent();
        return checkout;
    }

    @Test
    void givenAPayoutAboveMpesasLimit_whenPaidOut_thenRefusedAsALimitWithoutCallingDaraja() {
        GatewayAnswer answer = gateway.payOut(new PayoutRequest("TXN-1-P1", PAYER, kes("250001")));

        assertThat(answer).isInstanceOfSatisfying(GatewayAnswer.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(FailureReason.LIMIT_REACHED);
            assertThat(r.description()).contains("250000").contains("split");
        });
        assertThat(requestsTo(B2C)).isZero();
    }

    @Test
    void givenAmountsMpesaCannotMove_thenRefusedWithoutCallingDaraja() {
        assertThat(gateway.payOut(new PayoutRequest("TXN-1-P1", PAYER, kes("100.50"))))
                .isInstanceOf(GatewayAnswer.Refused.class);
        assertThat(gateway.payOut(new PayoutRequest("TXN-1-P2", PAYER, kes("9"))))
                .isInstanceOf(GatewayAnswer.Refused.class);
        assertThat(gateway.payOut(new PayoutRequest("TXN-1-P3", new PhoneNumber("+255712345678"), kes("100"))))
                .isInstanceOfSatisfying(
                        GatewayAnswer.Refused.class,
                        r -> assertThat(r.reason()).isEqualTo(FailureReason.RECIPIENT_INVALID));
        assertThat(gateway.collect(new CollectionRequest(PAYER, kes("250001"), "C0FFEE0000AB", Map.of())))
                .isInstanceOf(GatewayAnswer.Refused.class);
        assertThat(sandbox.requests().stream().filter(r -> r.path().startsWith("/mpesa/")))
                .isEmpty();
    }

    @Test
    void
            givenAPaidCollection_whenRefunded_thenAReversalOfItsReceipt_settledByItsResult_andFoundByOurPayoutIdEvenIfTheResultCameFirst() {
        String checkout = paidCollection("300");

        GatewayAnswer answer = gateway.refund(new RefundRequest("TXN-9-P2", checkout, PAYER, kes("50")));

        String conversation = ((GatewayAnswer.Accepted) answer).providerReference();
        assertThat(requestsTo(REVERSAL)).isOne();
        assertThat(requestsTo(B2C)).isZero();
        SettleMovementCommand settled = app.await(
                        "/reversal/result", r -> r.raw().contains(conversation))
                .command()
                .orElseThrow();
        assertThat(settled.movement()).isEqualTo(MoneyMovement.REVERSAL);
        assertThat(settled.providerReference()).isEqualTo(conversation);
        assertThat(settled.succeeded()).isTrue();
        assertThat(((Lookup.Found) gateway.findByOurReference(MoneyMovement.REFUND, "TXN-9-P2")).movement())
                .satisfies(m -> assertThat(m.providerReference()).isEqualTo(conversation))
                .satisfies(m -> assertThat(m.succeeded()).isTrue());
    }

    @Test
    void
            givenDarajaRefusesTheReversal_whenRefunded_thenB2cToThePayerUnderTheRefundId_andARepeatRefusedByDarajaIsLookedUpNotFailed() {
        String checkout = paidCollection("300");
        sandbox.faults().spikeArrests(1);

        GatewayAnswer answer = gateway.refund(new RefundRequest("TXN-9-P2", checkout, PAYER, kes("50")));

        assertThat(answer).isInstanceOf(GatewayAnswer.Accepted.class);
        assertThat(sandbox.requests().stream()
                        .filter(r -> r.path().equals(B2C))
                        .findFirst()
                        .orElseThrow()
                        .body())
                .contains("\"OriginatorConversationID\":\"TXN-9-P2-RB2C\"");
        String conversation = ((GatewayAnswer.Accepted) answer).providerReference();
        SettleMovementCommand settled = app.await("/b2c/result", r -> r.raw().contains(conversation))
                .command()
                .orElseThrow();
        assertThat(settled.movement()).isEqualTo(MoneyMovement.REFUND);
        assertThat(settled.ourReference()).isEqualTo("TXN-9-P2");
        assertThatThrownBy(() -> gateway.refund(new RefundRequest("TXN-9-P2", null, PAYER, kes("50"))))
                .isInstanceOfSatisfying(
                        GatewayException.class, e -> assertThat(e.ambiguous()).isTrue())
                .hasMessageContaining("Transaction Status");
        assertThat(requestsTo(B2C))
                .as("Daraja refused the repeat; nothing sent a third time")
                .isEqualTo(2);
    }

    @Test
    void givenTheUtilityAccountIsEmpty_whenPaidOut_thenAcceptedAndItsResultFailsItForInsufficientFunds() {
        sandbox.faults().utilityAccountEmpty(true);

        String conversation = ((GatewayAnswer.Accepted)
                        gateway.payOut(new PayoutRequest("TXN-1-P1", PAYER, kes("100"))))
                .providerReference();

        SettleMovementCommand settled = app.await("/b2c/result", r -> r.raw().contains(conversation))
                .command()
                .orElseThrow();
        assertThat(settled.report())
                .isInstanceOfSatisfying(
                        SettleMovementCommand.Report.Typed.class,
                        t -> assertThat(t.outcome())
                                .isInstanceOfSatisfying(
                                        MovementOutcome.Failed.class,
                                        f -> assertThat(f.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS)));
    }

    @Test
    void givenTheTimeoutNoticeComesFirst_whenPaidOut_thenTheNoticeSettlesNothingAndTheResultSettlesIt() {
        sandbox.fundUtilityAccount(new BigDecimal("1000"));
        sandbox.faults().timeoutNoticeFirst(true);

        String conversation = ((GatewayAnswer.Accepted)
                        gateway.payOut(new PayoutRequest("TXN-1-P1", PAYER, kes("100"))))
                .providerReference();

        SettleMovementCommand settled = app.await("/b2c/result", r -> r.raw().contains(conversation))
                .command()
                .orElseThrow();
        assertThat(app.at("/b2c/timeout"))
                .isNotEmpty()
                .allSatisfy(notice -> assertThat(notice.command()).isEmpty());
        assertThat(settled.succeeded()).isTrue();
        assertThat(settled.ourReference()).isEqualTo("TXN-1-P1");
    }

    @Test
    void
            givenAPayoutWhoseAnswerWasLost_whenLookedUpByItsConversationId_thenAskedByOurPayoutId_elseNotFindableThatWay() {
        sandbox.fundUtilityAccount(new BigDecimal("1000"));
        String conversation = ((GatewayAnswer.Accepted)
                        gateway.payOut(new PayoutRequest("TXN-1-P1", PAYER, kes("100"))))
                .providerReference();

        Lookup lookup = gateway.findByProviderReference(MoneyMovement.PAYOUT, conversation);

        assertThat(lookup).isInstanceOf(Lookup.Asked.class);
        SettlingReceiver.Received status = app.await(
                "/status/result",
                r -> ((Lookup.Asked) lookup)
                        .queryReference()
                        .equals(r.body().path("Result").path("ConversationID").asText()));
        assertThat(status.command()).hasValueSatisfying(c -> {
            assertThat(c.providerReference()).isEqualTo(conversation);
            assertThat(c.succeeded()).isTrue();
        });
        assertThat(gateway.findByProviderReference(MoneyMovement.PAYOUT, "AG_UNKNOWN"))
                .isInstanceOf(Lookup.NotFound.class);
    }

    @Test
    void givenNoBalanceResultYet_thenAnException_andAfterItsResultTheUtilityAccount() {
        sandbox.fundUtilityAccount(new BigDecimal("1234"));

        assertThatThrownBy(gateway::balance)
                .isInstanceOf(GatewayException.class)
                .hasMessageContaining("callback");
        app.await("/balance/result", r -> true);

        assertThat(gateway.balance()).isEqualTo(kes("1234.00"));
    }

    @Test
    void givenACheckoutPaidBeforeARestart_whenQueried_thenPendingUntilTheCallbackBringsItsAmount() {
        String checkout = paidCollection("300");
        DarajaPaymentGateway restarted = new DarajaPaymentGateway(
                new DarajaClient(DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, app), Clock.systemUTC()));

        assertThat(((Lookup.Found) restarted.findByProviderReference(MoneyMovement.COLLECTION, checkout))
                        .movement()
                        .outcome())
                .isEqualTo(new MovementOutcome.Pending());
        String receipt =
                successOf(app.at("/stk").get(0).command().orElseThrow()).receipt();
        assertThat(((Lookup.Found) gateway.findByProviderReference(MoneyMovement.COLLECTION, checkout))
                        .movement()
                        .outcome())
                .isEqualTo(new MovementOutcome.Succeeded(kes("300"), receipt));
    }

    private static MovementOutcome.Succeeded successOf(SettleMovementCommand command) {
        return (MovementOutcome.Succeeded) ((SettleMovementCommand.Report.Typed) command.report()).outcome();
    }
}
