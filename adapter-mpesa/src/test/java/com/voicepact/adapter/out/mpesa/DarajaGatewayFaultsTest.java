package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.out.mpesa.CannedDaraja.Answer;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.testdata.SettableClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the payment port answers when Daraja answers a money-moving call with one of its documented gateway errors, over HTTP
 * against canned Daraja answers: the application must read "try later" as a retry, and "you sent this payout id already" as
 * an outcome to look up, never as a failure that would put the money back in escrow to be paid again.
 */
class DarajaGatewayFaultsTest {

    private static final String STK = DarajaClientTest.STK;
    private static final String B2C = DarajaClientTest.B2C;
    private CannedDaraja daraja;
    private DarajaPaymentGateway gateway;

    @BeforeAll
    static void makeTheCertificateFirst() {
        TestCertificate.get();
    }

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

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    private GatewayAnswer collect() {
        return gateway.collect(new CollectionRequest(
                DarajaClientTest.PAYER, kes("1500"), "C0FFEE000001", Map.of("transaction_id", "TXN-1")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"500.003.02,Spike arrest violation", "500.003.03,Quota violation"})
    void
            givenSpikeArrestOrQuotaOnACheckout_thenUnavailableNotAmbiguous_soTheOperatorRetriesAndThePayerIsNotToldOfAFailure(
                    String code, String message) {
        daraja.answer(STK, Answer.gatewayError(500, code, message));

        GatewayException busy = DarajaClientTest.catchGateway(this::collect);

        assertThat(busy.ambiguous()).isFalse();
        assertThat(busy).hasMessageContaining(code).hasMessageContaining("try again later");
        assertThat(daraja.requestsTo(STK)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"500.003.02,Spike arrest violation", "500.003.03,Quota violation"})
    void givenSpikeArrestOrQuotaOnAPayout_thenUnavailableNotAmbiguous_soTheDispatcherSendsItAgainLater(
            String code, String message) {
        daraja.answer(B2C, Answer.gatewayError(500, code, message));
        daraja.answer(B2C, 200, DarajaClientTest.ACCEPTED_B2C);

        GatewayException busy = DarajaClientTest.catchGateway(
                () -> gateway.payOut(new PayoutRequest("PAYOUT-0001", DarajaClientTest.PAYER, kes("100"))));
        assertThat(busy.ambiguous()).isFalse();
        assertThat(daraja.requestsTo(B2C)).hasSize(1);

        assertThat(gateway.payOut(new PayoutRequest("PAYOUT-0001", DarajaClientTest.PAYER, kes("100"))))
                .isInstanceOf(GatewayAnswer.Accepted.class);
    }

    @Test
    void
            givenDarajaAlreadyHasThePayoutId_whenPaidOut_thenAmbiguous_settledByTransactionStatus_neverARefusalAndNeverSentAgain() {
        daraja.answer(B2C, Answer.gatewayError(500, "500.002.1001", "Duplicate OriginatorConversationID."));

        GatewayException known = DarajaClientTest.catchGateway(
                () -> gateway.payOut(new PayoutRequest("PAYOUT-0001", DarajaClientTest.PAYER, kes("100"))));

        assertThat(known.ambiguous())
                .as("the first request with this id may have paid: look it up")
                .isTrue();
        assertThat(known).hasMessageContaining("PAYOUT-0001").hasMessageContaining("Transaction Status");
        assertThat(daraja.requestsTo(B2C)).hasSize(1);
    }

    @Test
    void givenTheRefundB2cIdIsAlreadyKnown_whenRefunded_thenAmbiguousToo() {
        daraja.answer(B2C, Answer.gatewayError(500, "500.002.1001", "Duplicate OriginatorConversationID."));

        GatewayException known = DarajaClientTest.catchGateway(
                () -> gateway.refund(new RefundRequest("TXN-1-P2", null, DarajaClientTest.PAYER, kes("50"))));

        assertThat(known.ambiguous()).isTrue();
        assertThat(daraja.last(B2C).body()).contains("\"OriginatorConversationID\":\"TXN-1-P2-RB2C\"");
        assertThat(daraja.requestsTo(B2C)).hasSize(1);
    }

    @Test
    void givenAFieldDarajaRefuses_whenPaidOut_thenARefusalWithItsReason() {
        daraja.answer(B2C, Answer.gatewayError(400, "400.002.02", "Bad Request - Invalid PartyB"));

        assertThat(gateway.payOut(new PayoutRequest("PAYOUT-0001", DarajaClientTest.PAYER, kes("100"))))
                .isEqualTo(new GatewayAnswer.Refused(FailureReason.OTHER, "400.002.02 Bad Request - Invalid PartyB"));
    }

    @Test
    void givenAnUnknown5xxOnAPayout_thenAmbiguousAndNotRepeated() {
        daraja.answer(B2C, Answer.gatewayError(503, "503.001.01", "Service unavailable"));

        assertThat(DarajaClientTest.catchGateway(() ->
                                gateway.payOut(new PayoutRequest("PAYOUT-0001", DarajaClientTest.PAYER, kes("100"))))
                        .ambiguous())
                .isTrue();
        assertThat(daraja.requestsTo(B2C)).hasSize(1);
    }
}
