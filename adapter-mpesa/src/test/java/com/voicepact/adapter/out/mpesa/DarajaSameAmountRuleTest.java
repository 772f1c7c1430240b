package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.testdata.SettableClock;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import com.voicepact.sandbox.mpesa.TestPayers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * M-Pesa's result code 17 against the Daraja sandbox (which refuses a second push of the same amount to the same payer within
 * two minutes): a checkout the adapter can tell will be refused is refused at once, saying when to try again; one it cannot
 * tell (a restarted adapter) fails with the same words when M-Pesa's code 17 arrives.
 */
class DarajaSameAmountRuleTest {

    private static final String STK = "/mpesa/stkpush/v1/processrequest";
    private static final PhoneNumber PAYER = new PhoneNumber("+" + TestPayers.PAYS);
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-30T07:15:30Z"));
    private DarajaSandbox sandbox;
    private SettlingReceiver app;
    private DarajaPaymentGateway gateway;

    @BeforeEach
    void start() {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("consumer-key", "consumer-secret"), clock);
        app = new SettlingReceiver();
        gateway = fresh();
        app.feeding(gateway.settlements());
    }

    @AfterEach
    void stop() {
        sandbox.close();
        app.close();
    }

    private DarajaPaymentGateway fresh() {
        return new DarajaPaymentGateway(
                new DarajaClient(DarajaPaymentGatewayContractTest.sandboxConfig(sandbox, app), clock));
    }

    private GatewayAnswer collect(DarajaPaymentGateway by, String amount, String reference) {
        return by.collect(new CollectionRequest(PAYER, Money.of(amount, CurrencyCode.KES), reference, Map.of()));
    }

    private long pushes() {
        return sandbox.requests().stream().filter(r -> r.path().equals(STK)).count();
    }

    private SettleMovementCommand callbackOf(GatewayAnswer accepted) {
        String checkout = ((GatewayAnswer.Accepted) accepted).providerReference();
        return app.await("/stk", r -> r.raw().contains(checkout)).command().orElseThrow();
    }

    @Test
    void
            givenAPaidPush_whenTheSameAmountIsAskedAgainWithinTwoMinutes_thenRefusedAtOnceSayingWhen_butAnotherAmountOrLaterGoesThrough() {
        assertThat(callbackOf(collect(gateway, "250000", "C0FFEE000001")).succeeded())
                .isTrue();
        clock.advance(Duration.ofSeconds(30));

        GatewayAnswer again = collect(gateway, "250000", "C0FFEE000002");

        assertThat(again).isInstanceOfSatisfying(GatewayAnswer.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo(FailureReason.DUPLICATE);
            assertThat(r.description())
                    .contains("same amount")
                    .contains("two minutes")
                    .contains("10:17:30 East Africa Time")
                    .contains("in 90 s")
                    .contains("different amount");
        });
        assertThat(pushes()).as("nothing sent to M-Pesa").isOne();
        assertThat(callbackOf(collect(gateway, "249999", "C0FFEE000003")).succeeded())
                .as("another amount")
                .isTrue();

        clock.advance(Duration.ofSeconds(90));

        assertThat(callbackOf(collect(gateway, "250000", "C0FFEE000004")).succeeded())
                .as("two minutes later, M-Pesa agrees")
                .isTrue();
    }

    @Test
    void givenARestartedAdapter_whenTheSameAmountIsPushedWithinTwoMinutes_thenMpesasCode17FailsItInTheSameWords() {
        assertThat(callbackOf(collect(gateway, "1000", "C0FFEE000001")).succeeded())
                .isTrue();
        DarajaPaymentGateway restarted = fresh();
        app.feeding(restarted.settlements());

        SettleMovementCommand refused = callbackOf(collect(restarted, "1000", "C0FFEE000002"));

        assertThat(pushes()).isEqualTo(2);
        assertThat(((SettleMovementCommand.Report.Typed) refused.report()).outcome())
                .isInstanceOfSatisfying(MovementOutcome.Failed.class, f -> {
                    assertThat(f.reason()).isEqualTo(FailureReason.DUPLICATE);
                    assertThat(f.description())
                            .startsWith(SameAmountRule.WORDS)
                            .contains("wait two minutes")
                            .contains("Rule limited.");
                });
    }
}
