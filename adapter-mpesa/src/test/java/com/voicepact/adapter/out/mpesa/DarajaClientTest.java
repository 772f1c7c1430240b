package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.voicepact.adapter.out.mpesa.CannedDaraja.Answer;
import com.voicepact.adapter.out.mpesa.DarajaClient.DarajaAck;
import com.voicepact.adapter.out.mpesa.DarajaClient.StkPushAck;
import com.voicepact.adapter.out.mpesa.DarajaClient.StkQueryAnswer;
import com.voicepact.adapter.out.mpesa.DarajaRequests.Account;
import com.voicepact.adapter.out.mpesa.DarajaRequests.B2cCommand;
import com.voicepact.adapter.out.mpesa.DarajaRequests.B2cPayment;
import com.voicepact.adapter.out.mpesa.DarajaRequests.Reversal;
import com.voicepact.adapter.out.mpesa.DarajaRequests.StkPush;
import com.voicepact.adapter.out.mpesa.DarajaRequests.TransactionLookup;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.testdata.SettableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Daraja call over real HTTP against canned Daraja answers, checking the exact request Daraja would receive. */
class DarajaClientTest {

    static final String CALLBACKS = "https://voicepact.example/api/v1/payments/daraja/t0k3n";
    static final String STK = "/mpesa/stkpush/v1/processrequest";
    static final String STK_QUERY = "/mpesa/stkpushquery/v1/query";
    static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    static final String STATUS = "/mpesa/transactionstatus/v1/query";
    static final String REVERSAL = "/mpesa/reversal/v1/request";
    static final String BALANCE = "/mpesa/accountbalance/v1/query";
    static final String TOKEN = "/oauth/v1/generate";
    /** 07:15:30 UTC on the test clock is 10:15:30 in Nairobi. */
    static final String TIMESTAMP = "20261130101530";

    static final String PASSWORD = Base64.getEncoder()
            .encodeToString(("174379" + DarajaConfig.SANDBOX_PASSKEY + TIMESTAMP).getBytes(StandardCharsets.UTF_8));
    static final PhoneNumber PAYER = new PhoneNumber("+254708374149");
    static final String ACCEPTED_B2C =
            "{\"ConversationID\":\"AG_20261130_0000\",\"OriginatorConversationID\":\"PAYOUT-0001\","
                    + "\"ResponseCode\":\"0\",\"ResponseDescription\":\"Accept the service request successfully.\"}";

    private final ObjectMapper json = new ObjectMapper();
    private final SettableClock clock = new SettableClock(java.time.Instant.parse("2026-11-30T07:15:30Z"));
    private CannedDaraja daraja;
    private DarajaClient client;

    static DarajaConfig config(String url, Path certificate, StkTransactionType type, String till) {
        return new DarajaConfig(
                DarajaEnvironment.SANDBOX,
                url,
                "consumer-key",
                "consumer-secret",
                "174379",
                DarajaConfig.SANDBOX_PASSKEY,
                type,
                till,
                "600000",
                "testapi",
                "Initiator#Pass1",
                certificate,
                null,
                CALLBACKS,
                List.of(),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    @BeforeAll
    static void makeTheCertificateFirst() {
        TestCertificate.get();
    }

    @BeforeEach
    void start() {
        daraja = new CannedDaraja();
        client = new DarajaClient(
                config(daraja.url(), TestCertificate.get().pem, StkTransactionType.PAYBILL, null), clock);
    }

    /** A client that gives up waiting for an answer after 300 ms, for the servers that never answer. */
    private DarajaClient impatient() {
        return new DarajaClient(
                config(daraja.url(), TestCertificate.get().pem, StkTransactionType.PAYBILL, null)
                        .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(300)),
                clock);
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    private JsonNode body(String path) throws Exception {
        return json.readTree(daraja.last(path).body());
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    private StkPush push() {
        return new StkPush(PAYER, kes("1500.00"), "a1b2c3d4e5f6", "VoicePact pay");
    }

    @Nested
    class StkPushes {
        @Test
        void givenAPaybill_whenPushed_thenDarajasExactBodyAndBearerTokenAndTheAck() throws Exception {
            daraja.answer(
                    STK,
                    200,
                    "{\"MerchantRequestID\":\"29115-34620561-1\",\"CheckoutRequestID\":\"ws_CO_301120261015301234\","
                            + "\"ResponseCode\":\"0\",\"ResponseDescription\":\"Success. Request accepted for processing\","
                            + "\"CustomerMessage\":\"Success. Request accepted for processing\"}");

            DarajaAnswer<StkPushAck> answer = client.stkPush(push());

            assertThat(answer)
                    .isEqualTo(new DarajaAnswer.Accepted<>(new StkPushAck(
                            "29115-34620561-1",
                            "ws_CO_301120261015301234",
                            "Success. Request accepted for processing",
                            "Success. Request accepted for processing")));
            CannedDaraja.Request request = daraja.last(STK);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.headers())
                    .containsEntry("authorization", "Bearer token-1")
                    .containsEntry("content-type", "application/json");
            assertThat(body(STK))
                    .isEqualTo(json.readTree("{\"BusinessShortCode\":\"174379\",\"Password\":\"" + PASSWORD + "\","
                            + "\"Timestamp\":\"" + TIMESTAMP
                            + "\",\"TransactionType\":\"CustomerPayBillOnline\",\"Amount\":1500,"
                            + "\"PartyA\":\"254708374149\",\"PartyB\":\"174379\",\"PhoneNumber\":\"254708374149\","
                            + "\"CallBackURL\":\"" + CALLBACKS
                            + "/stk\",\"AccountReference\":\"a1b2c3d4e5f6\",\"TransactionDesc\":\"VoicePact pay\"}"));
            CannedDaraja.Request token = daraja.last(TOKEN);
            assertThat(token.method()).isEqualTo("GET");
            assertThat(token.query()).isEqualTo("grant_type=client_credentials");
            assertThat(token.headers())
                    .containsEntry(
                            "authorization",
                            "Basic "
                                    + Base64.getEncoder()
                                            .encodeToString(
                                                    "consumer-key:consumer-secret".getBytes(StandardCharsets.UTF_8)));
        }

        @Test
        void givenBuyGoods_whenPushed_thenTheTillIsPartyBAndTheShortcodeStaysTheBusiness() throws Exception {
            client = new DarajaClient(config(daraja.url(), null, StkTransactionType.BUY_GOODS, "5544332"), clock);
            daraja.answer(STK, 200, "{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"c\",\"ResponseCode\":\"0\"}");

            client.stkPush(push());

            assertThat(body(STK).get("TransactionType").asText()).isEqualTo("CustomerBuyGoodsOnline");
            assertThat(body(STK).get("PartyB").asText()).isEqualTo("5544332");
            assertThat(body(STK).get("BusinessShortCode").asText()).isEqualTo("174379");
        }

        @Test
        void givenCentsOrTooLongTexts_whenPushed_thenRefusedBeforeAnythingIsSent() {
            assertThatThrownBy(() -> new StkPush(PAYER, kes("1500.50"), "a1b2c3d4e5f6", "VoicePact"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("whole shillings");
            assertThatThrownBy(() -> new StkPush(PAYER, kes("250001"), "a1b2c3d4e5f6", "VoicePact"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("between 1 and 250000");
            assertThatThrownBy(() -> new StkPush(PAYER, kes("10"), "a1b2c3d4e5f6X", "VoicePact"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("AccountReference must be 1 to 12");
            assertThatThrownBy(() -> new StkPush(PAYER, kes("10"), "a1b2c3d4e5f6", "VoicePact pays"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("TransactionDesc must be 1 to 13");
            assertThatThrownBy(() ->
                            client.stkPush(new StkPush(new PhoneNumber("+256772123456"), kes("10"), "ref", "desc")))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Kenyan");
            assertThat(daraja.requestsTo(STK)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "500,500.003.02,Spike arrest violation,PROVIDER_BUSY",
            "500,500.003.03,Quota violation,PROVIDER_BUSY",
            "400,400.002.02,Bad Request - Invalid PhoneNumber,OTHER",
            "401,404.001.04,Invalid Authentication passed,CONFIGURATION"
        })
        void givenAGatewayRefusal_whenPushed_thenARefusalNotAnAmbiguity(
                int status, String code, String message, FailureReason reason) {
            daraja.answer(STK, Answer.gatewayError(status, code, message));

            assertThat(client.stkPush(push())).isEqualTo(new DarajaAnswer.Refused<StkPushAck>(code, message, reason));
            assertThat(daraja.requestsTo(STK)).hasSize(1);
        }

        @Test
        void givenAnUnknown5xxErrorCode_whenPushed_thenAmbiguousAndNotRepeated() {
            daraja.answer(
                    STK,
                    Answer.gatewayError(
                            500, "500.001.1001", "Unable to lock subscriber, a transaction is already in process"));
            daraja.answer(STK, Answer.gatewayError(503, "503.001.01", "Service unavailable"));

            GatewayException first = catchGateway(() -> client.stkPush(push()));
            GatewayException second = catchGateway(() -> client.stkPush(push()));

            assertThat(first.ambiguous()).isTrue();
            assertThat(second.ambiguous()).isTrue();
            assertThat(daraja.requestsTo(STK)).hasSize(2);
        }

        @Test
        void givenDarajaNeverAnswers_whenPushed_thenAmbiguousAndSentExactlyOnce() {
            daraja.answer(STK, Answer.never());
            client = impatient();

            assertThat(catchGateway(() -> client.stkPush(push())).ambiguous()).isTrue();
            assertThat(daraja.requestsTo(STK)).hasSize(1);
        }

        @Test
        void givenTheConnectionDropsAfterSending_whenPushed_thenAmbiguousAndSentExactlyOnce() {
            daraja.answer(STK, Answer.dropped());

            assertThat(catchGateway(() -> client.stkPush(push())).ambiguous()).isTrue();
            assertThat(daraja.requestsTo(STK)).hasSize(1);
        }

        @Test
        void givenAnAnswerWithoutIds_whenPushed_thenAmbiguous() {
            daraja.answer(STK, 200, "<html>gateway</html>");

            assertThat(catchGateway(() -> client.stkPush(push())).ambiguous()).isTrue();
        }

        @Test
        void givenDarajaCannotBeReached_whenPushed_thenNotAmbiguous() {
            daraja.answer(STK_QUERY, 200, "{\"ResponseCode\":\"0\",\"ResultCode\":\"0\",\"ResultDesc\":\"ok\"}");
            client.stkQuery("ws_CO_1");
            daraja.stop();

            GatewayException refused = catchGateway(() -> client.stkPush(push()));

            assertThat(refused.ambiguous()).isFalse();
            assertThat(refused).hasMessageContaining("cannot connect");
        }

        @Test
        void givenNoTokenCanBeHad_whenPushed_thenNotAmbiguousAndNothingSent() {
            daraja.answer(TOKEN, Answer.never());
            client = impatient();

            assertThat(catchGateway(() -> client.stkPush(push())).ambiguous()).isFalse();
            assertThat(daraja.requestsTo(STK)).isEmpty();
        }

        @Test
        void givenTheTokenEndpointIsBusy_whenPushed_thenARefusalWorthRetryingLater() {
            daraja.answer(TOKEN, Answer.gatewayError(500, "500.003.02", "Spike arrest violation"));

            DarajaAnswer<StkPushAck> answer = client.stkPush(push());

            assertThat(answer)
                    .isEqualTo(new DarajaAnswer.Refused<StkPushAck>(
                            "500.003.02", "Spike arrest violation", FailureReason.PROVIDER_BUSY));
            assertThat(daraja.requestsTo(STK)).isEmpty();
        }
    }

    @Nested
    class StkQueries {
        @ParameterizedTest
        @CsvSource({
            "0,The service request is processed successfully.",
            "1032,Request cancelled by user",
            "1037,DS timeout user cannot be reached",
            "2001,The initiator information is invalid.",
            "1,The balance is insufficient"
        })
        void givenAFinishedPush_whenQueried_thenItsResultCodeAndBody(String code, String desc) throws Exception {
            daraja.answer(
                    STK_QUERY,
                    200,
                    "{\"ResponseCode\":\"0\",\"ResponseDescription\":\"The service request has been accepted successsfully\","
                            + "\"MerchantRequestID\":\"22205-34066-1\",\"CheckoutRequestID\":\"ws_CO_13012021093521236557\","
                            + "\"ResultCode\":\"" + code + "\",\"ResultDesc\":\"" + desc + "\"}");

            DarajaAnswer<StkQueryAnswer> answer = client.stkQuery("ws_CO_13012021093521236557");

            assertThat(answer)
                    .isEqualTo(
                            new DarajaAnswer.Accepted<>(new StkQueryAnswer("ws_CO_13012021093521236557", code, desc)));
            assertThat(body(STK_QUERY))
                    .isEqualTo(json.readTree(
                            "{\"BusinessShortCode\":\"174379\",\"Password\":\"" + PASSWORD + "\",\"Timestamp\":\""
                                    + TIMESTAMP + "\",\"CheckoutRequestID\":\"ws_CO_13012021093521236557\"}"));
            MovementOutcome outcome =
                    ((DarajaAnswer.Accepted<StkQueryAnswer>) answer).value().outcome(kes("1500"));
            assertThat(outcome)
                    .isEqualTo(
                            code.equals("0")
                                    ? new MovementOutcome.Succeeded(kes("1500"), null)
                                    : new MovementOutcome.Failed(DarajaResultCodes.ofStk(code), desc));
        }

        @Test
        void givenThePayerIsStillDeciding_whenQueried_thenPending() {
            daraja.answer(STK_QUERY, Answer.gatewayError(500, "500.001.1001", "The transaction is being processed"));

            DarajaAnswer<StkQueryAnswer> answer = client.stkQuery("ws_CO_1");

            assertThat(answer)
                    .isEqualTo(new DarajaAnswer.Accepted<>(
                            new StkQueryAnswer("ws_CO_1", null, "The transaction is being processed")));
            assertThat(((DarajaAnswer.Accepted<StkQueryAnswer>) answer).value().outcome(kes("10")))
                    .isEqualTo(new MovementOutcome.Pending());
        }

        @Test
        void givenDarajaNeverAnswers_whenQueried_thenNotAmbiguous() {
            daraja.answer(STK_QUERY, Answer.never());
            client = impatient();

            assertThat(catchGateway(() -> client.stkQuery("ws_CO_1")).ambiguous())
                    .isFalse();
        }
    }

    @Nested
    class Payouts {
        private B2cPayment payout() {
            return new B2cPayment(
                    "PAYOUT-0001",
                    PAYER,
                    kes("175000"),
                    B2cCommand.BUSINESS_PAYMENT,
                    "VoicePact contract VP-2026-0001",
                    "Maize delivery");
        }

        @Test
        void givenAPayout_whenSent_thenB2cV3BodyWithOurIdAndASecurityCredentialFromTheCertificate() throws Exception {
            daraja.answer(B2C, 200, ACCEPTED_B2C);

            DarajaAnswer<DarajaAck> answer = client.b2cPayment(payout());

            assertThat(answer)
                    .isEqualTo(new DarajaAnswer.Accepted<>(new DarajaAck(
                            "AG_20261130_0000", "PAYOUT-0001", "Accept the service request successfully.")));
            JsonNode sent = body(B2C);
            assertThat(TestCertificate.get()
                            .decrypt(sent.get("SecurityCredential").asText()))
                    .isEqualTo("Initiator#Pass1");
            ((com.fasterxml.jackson.databind.node.ObjectNode) sent).remove("SecurityCredential");
            assertThat(sent)
                    .isEqualTo(
                            json.readTree("{\"OriginatorConversationID\":\"PAYOUT-0001\",\"InitiatorName\":\"testapi\","
                                    + "\"CommandID\":\"BusinessPayment\",\"Amount\":175000,\"PartyA\":\"600000\",\"PartyB\":\"254708374149\","
                                    + "\"Remarks\":\"VoicePact contract VP-2026-0001\",\"QueueTimeOutURL\":\""
                                    + CALLBACKS + "/b2c/timeout\","
                                    + "\"ResultURL\":\"" + CALLBACKS
                                    + "/b2c/result\",\"Occassion\":\"Maize delivery\"}"));
            assertThat(daraja.last(B2C).headers()).containsEntry("authorization", "Bearer token-1");
        }

        @Test
        void givenTheSamePayoutIdAgain_whenSent_thenDarajasDuplicateRefusal() {
            daraja.answer(B2C, 200, ACCEPTED_B2C);
            daraja.answer(B2C, Answer.gatewayError(500, "500.002.1001", "Duplicate OriginatorConversationID."));

            client.b2cPayment(payout());
            DarajaAnswer<DarajaAck> again = client.b2cPayment(payout());

            assertThat(again)
                    .isEqualTo(new DarajaAnswer.Refused<DarajaAck>(
                            "500.002.1001", "Duplicate OriginatorConversationID.", FailureReason.DUPLICATE));
        }

        @Test
        void givenARefusingResponseCode_whenSent_thenRefusedWithTheInitiatorReason() {
            daraja.answer(
                    B2C,
                    200,
                    "{\"ConversationID\":\"c\",\"OriginatorConversationID\":\"PAYOUT-0001\",\"ResponseCode\":\"2001\","
                            + "\"ResponseDescription\":\"The initiator information is invalid.\"}");

            assertThat(client.b2cPayment(payout()))
                    .isEqualTo(new DarajaAnswer.Refused<DarajaAck>(
                            "2001", "The initiator information is invalid.", FailureReason.CONFIGURATION));
        }

        @Test
        void givenDarajaNeverAnswers_whenPaid_thenAmbiguousAndSentOnce() {
            daraja.answer(B2C, Answer.never());
            client = impatient();

            assertThat(catchGateway(() -> client.b2cPayment(payout())).ambiguous())
                    .isTrue();
            assertThat(daraja.requestsTo(B2C)).hasSize(1);
        }

        @Test
        void givenOutOfRangeAmountsOrRemarks_whenBuilt_thenRefused() {
            assertThatThrownBy(() -> new B2cPayment("P1", PAYER, kes("9"), B2cCommand.BUSINESS_PAYMENT, "ok", null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("between 10 and 250000");
            assertThatThrownBy(() -> new B2cPayment("P1", PAYER, kes("10"), B2cCommand.BUSINESS_PAYMENT, "x", null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Remarks must be 2 to 100");
            assertThatThrownBy(() ->
                            new B2cPayment("P1", PAYER, kes("10"), B2cCommand.BUSINESS_PAYMENT, "y".repeat(101), null))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("Remarks must be 2 to 100");
            assertThat(new B2cPayment("P1", PAYER, kes("10"), B2cCommand.SALARY_PAYMENT, "ok", null).occasion())
                    .isEmpty();
        }

        @Test
        void givenNoCertificateNorCredential_whenPaid_thenAClearConfigurationError() {
            client = new DarajaClient(config(daraja.url(), null, StkTransactionType.PAYBILL, null), clock);

            assertThatThrownBy(() -> client.b2cPayment(payout()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("MPESA_CERTIFICATE_PATH");
            assertThat(daraja.requestsTo(B2C)).isEmpty();
        }
    }

    @Nested
    class Queries {
        @Test
        void givenAPayoutId_whenStatusIsAsked_thenTheQueryNamesItAndTheB2cShortcode() throws Exception {
            daraja.answer(STATUS, 200, ACCEPTED_B2C);

            DarajaAnswer<DarajaAck> answer =
                    client.transactionStatus(TransactionLookup.byPayoutId("PAYOUT-0001"), "Payout check");

            assertThat(answer).isInstanceOf(DarajaAnswer.Accepted.class);
            JsonNode sent = body(STATUS);
            assertThat(TestCertificate.get()
                            .decrypt(sent.get("SecurityCredential").asText()))
                    .isEqualTo("Initiator#Pass1");
            ((com.fasterxml.jackson.databind.node.ObjectNode) sent).remove("SecurityCredential");
            assertThat(sent)
                    .isEqualTo(json.readTree("{\"Initiator\":\"testapi\",\"CommandID\":\"TransactionStatusQuery\","
                            + "\"OriginatorConversationID\":\"PAYOUT-0001\",\"PartyA\":\"600000\",\"IdentifierType\":4,"
                            + "\"ResultURL\":\"" + CALLBACKS + "/status/result\",\"QueueTimeOutURL\":\"" + CALLBACKS
                            + "/status/timeout\","
                            + "\"Remarks\":\"Payout check\",\"Occasion\":\"\"}"));
        }

        @Test
        void givenAReceipt_whenStatusIsAsked_thenTheQueryNamesTheTransactionId() throws Exception {
            daraja.answer(STATUS, 200, ACCEPTED_B2C);

            client.transactionStatus(TransactionLookup.byReceipt("SKU1ABCD23", Account.COLLECTION), "Collection check");

            assertThat(body(STATUS).get("TransactionID").asText()).isEqualTo("SKU1ABCD23");
            assertThat(body(STATUS).has("OriginatorConversationID")).isFalse();
            assertThat(body(STATUS).get("PartyA").asText()).isEqualTo("174379");
        }

        @Test
        void givenAReceipt_whenReversed_thenTheReversalBodyWithItsSicSpelling() throws Exception {
            daraja.answer(REVERSAL, 200, ACCEPTED_B2C);

            client.reversal(new Reversal("SKU1ABCD23", kes("2500"), "Surplus returned", null));

            JsonNode sent = body(REVERSAL);
            assertThat(TestCertificate.get()
                            .decrypt(sent.get("SecurityCredential").asText()))
                    .isEqualTo("Initiator#Pass1");
            ((com.fasterxml.jackson.databind.node.ObjectNode) sent).remove("SecurityCredential");
            assertThat(sent)
                    .isEqualTo(json.readTree("{\"Initiator\":\"testapi\",\"CommandID\":\"TransactionReversal\","
                            + "\"TransactionID\":\"SKU1ABCD23\",\"Amount\":2500,\"ReceiverParty\":\"174379\",\"RecieverIdentifierType\":\"11\","
                            + "\"ResultURL\":\"" + CALLBACKS + "/reversal/result\",\"QueueTimeOutURL\":\"" + CALLBACKS
                            + "/reversal/timeout\","
                            + "\"Remarks\":\"Surplus returned\",\"Occasion\":\"\"}"));
        }

        @Test
        void givenDarajaNeverAnswers_whenReversed_thenAmbiguous() {
            daraja.answer(REVERSAL, Answer.never());
            client = impatient();

            assertThat(catchGateway(() -> client.reversal(new Reversal("SKU1ABCD23", kes("2500"), "Surplus", null)))
                            .ambiguous())
                    .isTrue();
        }

        @Test
        void givenTheB2cAccount_whenBalanceIsAsked_thenTheBalanceQuery() throws Exception {
            daraja.answer(BALANCE, 200, ACCEPTED_B2C);

            client.accountBalance(Account.PAYOUT, "Balance check");

            JsonNode sent = body(BALANCE);
            ((com.fasterxml.jackson.databind.node.ObjectNode) sent).remove("SecurityCredential");
            assertThat(sent)
                    .isEqualTo(json.readTree(
                            "{\"Initiator\":\"testapi\",\"CommandID\":\"AccountBalance\",\"PartyA\":\"600000\","
                                    + "\"IdentifierType\":4,\"Remarks\":\"Balance check\",\"QueueTimeOutURL\":\""
                                    + CALLBACKS + "/balance/timeout\","
                                    + "\"ResultURL\":\"" + CALLBACKS + "/balance/result\"}"));
        }

        @Test
        void givenDarajaNeverAnswers_whenStatusIsAsked_thenNotAmbiguous() {
            daraja.answer(STATUS, Answer.never());
            client = impatient();

            assertThat(catchGateway(() -> client.transactionStatus(TransactionLookup.byPayoutId("P1"), "check"))
                            .ambiguous())
                    .isFalse();
        }
    }

    /** One Daraja call, its path and an answer that accepts it: every documented gateway error is tried on each. */
    enum Call {
        STK_PUSH(
                DarajaClientTest.STK,
                "{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"ws_CO_1\",\"ResponseCode\":\"0\"}"),
        STK_QUERY(
                DarajaClientTest.STK_QUERY,
                "{\"ResponseCode\":\"0\",\"CheckoutRequestID\":\"ws_CO_1\",\"ResultCode\":\"0\",\"ResultDesc\":\"ok\"}"),
        B2C_PAYMENT(DarajaClientTest.B2C, ACCEPTED_B2C),
        TRANSACTION_STATUS(DarajaClientTest.STATUS, ACCEPTED_B2C),
        REVERSAL(DarajaClientTest.REVERSAL, ACCEPTED_B2C),
        ACCOUNT_BALANCE(DarajaClientTest.BALANCE, ACCEPTED_B2C);

        final String path;
        final String accepted;

        Call(String path, String accepted) {
            this.path = path;
            this.accepted = accepted;
        }

        DarajaAnswer<?> on(DarajaClient client) {
            return switch (this) {
                case STK_PUSH ->
                    client.stkPush(
                            new StkPush(PAYER, Money.of("1500", CurrencyCode.KES), "a1b2c3d4e5f6", "VoicePact pay"));
                case STK_QUERY -> client.stkQuery("ws_CO_1");
                case B2C_PAYMENT ->
                    client.b2cPayment(new B2cPayment(
                            "PAYOUT-0001",
                            PAYER,
                            Money.of("100", CurrencyCode.KES),
                            B2cCommand.BUSINESS_PAYMENT,
                            "VoicePact payout",
                            null));
                case TRANSACTION_STATUS ->
                    client.transactionStatus(TransactionLookup.byPayoutId("PAYOUT-0001"), "Payout check");
                case REVERSAL ->
                    client.reversal(
                            new Reversal("SKU1ABCD23", Money.of("100", CurrencyCode.KES), "Surplus returned", null));
                case ACCOUNT_BALANCE -> client.accountBalance(Account.PAYOUT, "Balance check");
            };
        }
    }

    /**
     * The gateway errors of {@code shared/reference/mpesa-daraja.md} ("Hosts, auth"; B2C's duplicate) on every call where
     * they can come: an invalid token is replaced once and the call repeated (it was refused: nothing moved); spike arrest
     * and quota are refusals worth trying later, never repeated here; OAuth's own refusals stop the call before it is sent.
     */
    @Nested
    class GatewayErrorsOnEveryCall {

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.EnumSource(Call.class)
        void givenAnInvalidToken_thenANewTokenAndTheCallRepeatedOnce(Call call) {
            daraja.answer(call.path, Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));
            daraja.answer(call.path, 200, call.accepted);

            assertThat(call.on(client)).isInstanceOf(DarajaAnswer.Accepted.class);

            assertThat(daraja.requestsTo(call.path))
                    .extracting(r -> r.headers().get("authorization"))
                    .containsExactly("Bearer token-1", "Bearer token-2");
            assertThat(daraja.requestsTo(TOKEN)).hasSize(2);
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.EnumSource(Call.class)
        void givenTheTokenIsInvalidTwice_thenRefusedAsConfigurationAfterOneRepeat(Call call) {
            daraja.answer(call.path, Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));
            daraja.answer(call.path, Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));

            assertThat(call.on(client))
                    .isEqualTo(new DarajaAnswer.Refused<>(
                            "404.001.03", "Invalid Access Token", FailureReason.CONFIGURATION));
            assertThat(daraja.requestsTo(call.path)).hasSize(2);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "STK_PUSH,500.003.02,Spike arrest violation",
            "STK_PUSH,500.003.03,Quota violation",
            "STK_QUERY,500.003.02,Spike arrest violation",
            "STK_QUERY,500.003.03,Quota violation",
            "B2C_PAYMENT,500.003.02,Spike arrest violation",
            "B2C_PAYMENT,500.003.03,Quota violation",
            "TRANSACTION_STATUS,500.003.02,Spike arrest violation",
            "TRANSACTION_STATUS,500.003.03,Quota violation",
            "REVERSAL,500.003.02,Spike arrest violation",
            "REVERSAL,500.003.03,Quota violation",
            "ACCOUNT_BALANCE,500.003.02,Spike arrest violation",
            "ACCOUNT_BALANCE,500.003.03,Quota violation"
        })
        void givenSpikeArrestOrQuota_thenARefusalWorthTryingLater_sentOnceAndNotRepeatedHere(
                Call call, String code, String message) {
            daraja.answer(call.path, Answer.gatewayError(500, code, message));
            daraja.answer(call.path, 200, call.accepted);

            assertThat(call.on(client))
                    .isEqualTo(new DarajaAnswer.Refused<>(code, message, FailureReason.PROVIDER_BUSY));
            assertThat(daraja.requestsTo(call.path)).hasSize(1);
        }

        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({
            "STK_PUSH,500,500.003.03,Quota violation,PROVIDER_BUSY",
            "B2C_PAYMENT,500,500.003.02,Spike arrest violation,PROVIDER_BUSY",
            "REVERSAL,400,400.008.01,Invalid Authentication passed,CONFIGURATION",
            "ACCOUNT_BALANCE,400,400.008.02,Invalid grant type passed,CONFIGURATION"
        })
        void givenTheTokenEndpointRefuses_thenRefusedAndTheCallNeverSent(
                Call call, int status, String code, String message, FailureReason reason) {
            daraja.answer(TOKEN, Answer.gatewayError(status, code, message));

            assertThat(call.on(client)).isEqualTo(new DarajaAnswer.Refused<>(code, message, reason));
            assertThat(daraja.requestsTo(call.path)).isEmpty();
        }

        @Test
        void givenADuplicateOriginatorConversationId_thenDarajasRefusal_andTheClientNeverSendsItAgain() {
            daraja.answer(B2C, Answer.gatewayError(500, "500.002.1001", "Duplicate OriginatorConversationID."));
            daraja.answer(B2C, 200, ACCEPTED_B2C);

            assertThat(Call.B2C_PAYMENT.on(client))
                    .isEqualTo(new DarajaAnswer.Refused<>(
                            "500.002.1001", "Duplicate OriginatorConversationID.", FailureReason.DUPLICATE));
            assertThat(daraja.requestsTo(B2C)).hasSize(1);
        }
    }

    static GatewayException catchGateway(Runnable call) {
        try {
            call.run();
        } catch (GatewayException e) {
            return e;
        }
        throw new AssertionError("expected a GatewayException");
    }
}
