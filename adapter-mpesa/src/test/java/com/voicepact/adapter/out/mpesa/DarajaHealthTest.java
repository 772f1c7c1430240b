package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.out.mpesa.CannedDaraja.Answer;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.testdata.SettableClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /health}'s payment component on Daraja, read from the gateway's own calls over HTTP against canned answers. */
class DarajaHealthTest {

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
        daraja.close();
    }

    private void collect() {
        try {
            gateway.collect(new CollectionRequest(
                    DarajaClientTest.PAYER, Money.of("1500", CurrencyCode.KES), "C0FFEE000001", Map.of()));
        } catch (RuntimeException expected) {
            // an unanswered or refused call: what the health reads is what the client saw
        }
    }

    @Test
    void givenNoCallYet_thenHealthyAndSaysSo() {
        assertThat(gateway.health().component()).isEqualTo("payment_service");
        assertThat(gateway.health().isHealthy()).isTrue();
        assertThat(gateway.health().details())
                .containsEntry("payment_provider", "mpesa")
                .containsEntry("payment_daraja", "not called yet");
    }

    @Test
    void givenFiveCallsInARowUnanswered_thenUnhealthyWithWhy_andHealthyAgainOnceDarajaAnswersEvenARefusal() {
        for (int i = 0; i < 4; i++) {
            daraja.answer(DarajaClientTest.STK, Answer.dropped());
            collect();
        }
        assertThat(gateway.health().isHealthy()).as("four unanswered: not yet").isTrue();
        daraja.answer(DarajaClientTest.STK, Answer.dropped());
        collect();

        assertThat(gateway.health().isHealthy()).isFalse();
        assertThat(gateway.health().details())
                .containsEntry(
                        "payment_daraja",
                        "5 call(s) in a row unanswered: connection to Daraja broke before its answer");

        daraja.answer(DarajaClientTest.STK, Answer.gatewayError(500, "500.003.02", "Spike arrest violation"));
        collect();
        assertThat(gateway.health().isHealthy()).as("a refusal is an answer").isTrue();
        assertThat(gateway.health().details()).containsEntry("payment_daraja", "answering");
    }
}
