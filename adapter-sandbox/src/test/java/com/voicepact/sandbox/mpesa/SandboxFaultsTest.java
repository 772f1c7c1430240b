package com.voicepact.sandbox.mpesa;

import static com.voicepact.sandbox.mpesa.DarajaAuthTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each fault switch: duplicate, late, never-sent callbacks, a timeout notice before the result, an empty utility account. */
class SandboxFaultsTest {

    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String QUERY = "/mpesa/stkpushquery/v1/query";
    private final DarajaFixture daraja = new DarajaFixture(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void givenDuplicateCallbacks_whenPaidInAndOut_thenEachCallbackArrivesTwiceIdentical_andTheMoneyMovedOnce()
            throws Exception {
        daraja.sandbox.faults().duplicateCallbacks(true);
        daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 800));
        List<CallbackReceiver.Received> stk = daraja.app.await(DarajaFixture.STK_CALLBACK, 2);
        assertThat(stk).hasSize(2);
        assertThat(stk.get(1).body()).isEqualTo(stk.get(0).body());

        daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-dup", "254722000111", 300));
        List<CallbackReceiver.Received> results = daraja.app.await(DarajaFixture.RESULT, 2);
        assertThat(results).hasSize(2);
        assertThat(results.get(1).body()).isEqualTo(results.get(0).body());
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("500");
        assertThat(deliveries(4))
                .hasSize(4)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(200));
    }

    /** The sandbox notes a delivery once the app answered it, a moment after the app saw it. */
    private List<DeliveredCallback> deliveries(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (daraja.sandbox.deliveredCallbacks().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return daraja.sandbox.deliveredCallbacks();
    }

    @Test
    void givenLateCallbacks_whenThePayerPaid_thenTheQueryKnowsBeforeTheCallbackComes() throws Exception {
        daraja.sandbox.faults().callbackDelay(1000);
        String id = daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 800))
                .body()
                .path("CheckoutRequestID")
                .asText();

        JsonNode query = daraja.post(QUERY, daraja.stkQuery(id)).body();
        assertThat(daraja.app.all()).as("the callback is still on its way").isEmpty();
        assertThat(query.path("ResultCode").asText()).isEqualTo("0");

        JsonNode late = daraja.json.readTree(
                daraja.app.await(DarajaFixture.STK_CALLBACK, 1).get(0).body());
        assertThat(late.path("Body")
                        .path("stkCallback")
                        .path("CheckoutRequestID")
                        .asText())
                .isEqualTo(id);
    }

    @Test
    void givenACallbackHeldByADelayNoTestWaitsOut_whenReleased_thenPostedNowAndOnlyOnce() throws Exception {
        daraja.sandbox.faults().callbackDelay(3_600_000);
        String id = daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 800))
                .body()
                .path("CheckoutRequestID")
                .asText();
        assertThat(daraja.app.all()).as("held back").isEmpty();
        daraja.sandbox.faults().clear();

        assertThat(daraja.sandbox.deliverLateCallbacksNow()).isEqualTo(1);
        JsonNode late = daraja.json.readTree(
                daraja.app.await(DarajaFixture.STK_CALLBACK, 1).get(0).body());

        assertThat(late.path("Body")
                        .path("stkCallback")
                        .path("CheckoutRequestID")
                        .asText())
                .isEqualTo(id);
        assertThat(daraja.sandbox.deliverLateCallbacksNow())
                .as("released once, none left")
                .isZero();
        assertThat(daraja.app.all()).hasSize(1);
    }

    @Test
    void givenCallbacksNeverSent_whenPaidInAndOut_thenOnlyTheQueriesTell() throws Exception {
        daraja.sandbox.faults().dropCallbacks(true);
        String id = daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 800))
                .body()
                .path("CheckoutRequestID")
                .asText();
        daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-silent", "254722000111", 300));
        assertThat(daraja.post(QUERY, daraja.stkQuery(id))
                        .body()
                        .path("ResultCode")
                        .asText())
                .isEqualTo("0");

        daraja.sandbox.faults().dropCallbacks(false);
        daraja.post("/mpesa/transactionstatus/v1/query", daraja.status("OriginatorConversationID", "PO-silent"));
        JsonNode status = daraja.lastResult(DarajaFixture.RESULT, 1).path("Result");

        assertThat(AccountCallsTest.parameters(status).get("TransactionStatus").asText())
                .isEqualTo("Completed");
        assertThat(daraja.app.all())
                .as("only the status result was ever posted")
                .hasSize(1);
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("500");
    }

    @Test
    void givenTimeoutNoticesFirst_whenPaidOutOrTheBalanceIsAsked_thenTheNoticeReachesTheQueueTimeOutUrlBeforeTheResult()
            throws Exception {
        daraja.collect(900);
        daraja.sandbox.faults().timeoutNoticeFirst(true);
        daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-slow", "254722000111", 300));
        daraja.app.await(DarajaFixture.RESULT, 1);
        daraja.post("/mpesa/accountbalance/v1/query", daraja.balance());
        daraja.app.await(DarajaFixture.RESULT, 2);

        List<String> order =
                daraja.app.all().stream().map(CallbackReceiver.Received::path).toList();
        assertThat(order)
                .containsExactly(
                        DarajaFixture.STK_CALLBACK,
                        DarajaFixture.TIMEOUT,
                        DarajaFixture.RESULT,
                        DarajaFixture.TIMEOUT,
                        DarajaFixture.RESULT);
        JsonNode notice = daraja.json
                .readTree(daraja.app.received(DarajaFixture.TIMEOUT).get(0).body())
                .path("Result");
        assertThat(fieldNames(notice))
                .containsExactly(
                        "ResultType",
                        "ResultCode",
                        "ResultDesc",
                        "OriginatorConversationID",
                        "ConversationID",
                        "TransactionID",
                        "ReferenceData");
        assertThat(notice.path("ResultType").asInt()).isEqualTo(1);
        assertThat(notice.path("OriginatorConversationID").asText()).isEqualTo("PO-slow");
        JsonNode result = daraja.lastResult(DarajaFixture.RESULT, 1).path("Result");
        assertThat(result.path("ResultCode").asInt()).isZero();
        assertThat(result.path("ConversationID").asText())
                .isEqualTo(notice.path("ConversationID").asText());
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("600");
    }

    @Test
    void givenAnEmptyUtilityAccount_whenPaidOut_thenResult1AndTheBalanceShowsNothing_untilSwitchedOff()
            throws Exception {
        daraja.collect(900);
        daraja.sandbox.faults().utilityAccountEmpty(true);
        daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-empty", "254722000111", 300));
        JsonNode refused = daraja.lastResult(DarajaFixture.RESULT, 1).path("Result");
        daraja.post("/mpesa/accountbalance/v1/query", daraja.balance());
        String balance = AccountCallsTest.parameters(
                        daraja.lastResult(DarajaFixture.RESULT, 2).path("Result"))
                .get("AccountBalance")
                .asText();

        assertThat(refused.path("ResultCode").asInt()).isEqualTo(1);
        assertThat(balance).contains("Utility Account|KES|0.00|0.00|0.00|0.00");
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("900");

        daraja.sandbox.faults().clear();
        daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-funded", "254722000111", 300));
        assertThat(daraja.lastResult(DarajaFixture.RESULT, 3)
                        .path("Result")
                        .path("ResultCode")
                        .asInt())
                .isZero();
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("600");
    }

    @Test
    void givenCrashHooks_whenRequestsArrive_thenTheDroppedOneIsNotCarriedOutAndTheOtherIsCarriedOutBeforeItsAnswer()
            throws Exception {
        daraja.collect(900);
        List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
        daraja.sandbox.faults().dropOnReceiving(B2cPaymentTest.B2C, () -> ran.add("dropped"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-crash", "254722000111", 300)))
                .as("no answer to a dropped request")
                .isInstanceOf(java.io.IOException.class);
        assertThat(ran).containsExactly("dropped");
        assertThat(daraja.sandbox.utilityAccount())
                .as("the dropped payout was not carried out")
                .isEqualByComparingTo("900");

        daraja.sandbox
                .faults()
                .beforeAnswering(
                        B2cPaymentTest.B2C,
                        () -> ran.add("utility before the answer: "
                                + daraja.sandbox
                                        .utilityAccount()
                                        .stripTrailingZeros()
                                        .toPlainString()));
        assertThat(daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-crash", "254722000111", 300))
                        .status())
                .as("Daraja never saw the dropped one, so its id is still free")
                .isEqualTo(200);
        assertThat(daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-crash-2", "254722000111", 100))
                        .status())
                .as("each hook runs once")
                .isEqualTo(200);
        assertThat(ran).containsExactly("dropped", "utility before the answer: 600");
        assertThat(daraja.sandbox.requests())
                .filteredOn(r -> r.path().equals(B2cPaymentTest.B2C))
                .hasSize(3);
    }
}
