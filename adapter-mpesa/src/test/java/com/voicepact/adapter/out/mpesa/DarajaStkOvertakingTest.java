package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.testdata.SettableClock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An STK callback that overtakes the push's answer (a payer who pays at once; the local sandbox's test payers post it
 * before the answer reaches us): it must still carry our transaction id, or the application cannot tell which payment was
 * paid and flags the payer's money as "no payment has this transaction id". Over HTTP against canned Daraja answers, the
 * push held in flight at its OAuth call.
 */
class DarajaStkOvertakingTest {

    private static final String CHECKOUT = "ws_CO_191220191020363925";
    private CannedDaraja daraja;
    private DarajaPaymentGateway gateway;

    @BeforeEach
    void start() {
        daraja = new CannedDaraja();
        gateway = new DarajaPaymentGateway(new DarajaClient(
                DarajaClientTest.config(daraja.url(), TestCertificate.get().pem, StkTransactionType.PAYBILL, null),
                new SettableClock(Instant.parse("2026-11-30T07:15:30Z"))));
    }

    @AfterEach
    void stop() {
        daraja.openTokenGate();
        daraja.close();
    }

    @Test
    void givenThePaidCallbackArrivesWhileThePushAwaitsItsAnswer_whenTranslated_thenItCarriesOurTransactionId()
            throws Exception {
        daraja.answer(
                DarajaClientTest.STK,
                200,
                "{\"MerchantRequestID\":\"29115-34620561-1\",\"CheckoutRequestID\":\"" + CHECKOUT
                        + "\",\"ResponseCode\":\"0\",\"ResponseDescription\":\"Success. Request accepted for processing\","
                        + "\"CustomerMessage\":\"Success. Request accepted for processing\"}");
        daraja.closeTokenGate();
        CompletableFuture<GatewayAnswer> push =
                CompletableFuture.supplyAsync(() -> gateway.collect(new CollectionRequest(
                        DarajaClientTest.PAYER,
                        Money.of("250", CurrencyCode.KES),
                        "C0FFEE000001",
                        Map.of("transaction_id", "TXN-AG-2026-000001-001"))));
        Thread.sleep(200); // the push is in flight, held at its token

        CompletableFuture<Optional<SettleMovementCommand>> callback =
                CompletableFuture.supplyAsync(() -> gateway.settlements()
                        .stkCallback(DarajaSettlementsTest.stk(
                                "0",
                                "The service request is processed successfully.",
                                DarajaSettlementsTest.PAID_ITEMS)));
        Thread.sleep(200);
        daraja.openTokenGate();

        assertThat(push.get(10, TimeUnit.SECONDS)).isInstanceOf(GatewayAnswer.Accepted.class);
        SettleMovementCommand command = callback.get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(command.providerReference()).isEqualTo(CHECKOUT);
        assertThat(command.ourReference())
                .as("our transaction id, once the push's answer came")
                .isEqualTo("TXN-AG-2026-000001-001");
    }

    @Test
    void givenACallbackForAPushThisProcessNeverSent_whenNoPushIsInFlight_thenTranslatedAtOnceWithoutOurId() {
        SettleMovementCommand command = gateway.settlements()
                .stkCallback(DarajaSettlementsTest.stk("1032", "Request cancelled by user", ""))
                .orElseThrow();
        assertThat(command.ourReference()).isNull();
    }
}
