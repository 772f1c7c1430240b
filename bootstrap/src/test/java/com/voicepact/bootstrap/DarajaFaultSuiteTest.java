package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.bootstrap.DarajaDriver.Checkout;
import com.voicepact.sandbox.mpesa.DeliveredCallback;
import com.voicepact.sandbox.mpesa.PromptAnswer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 11, the Daraja fault suite, on the real service: the embedded default (M-Pesa Daraja in the in-process sandbox),
 * real HTTP both ways, Daraja's callbacks reaching the web adapter. Each case switches one of the sandbox's faults on
 * and checks the money three ways: our ledger and the payment's state, the sandbox's own records (its requests and its
 * B2C utility account: what it really paid), and the audit chain; then every callback Daraja delivered is posted again
 * and must change nothing. One service for all cases (each its own contract, buyer and seller); the scheduled jobs are
 * off and the driver runs them, so nothing depends on an interval or a delay running out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DarajaFaultSuiteTest {

    private Path dataDir;
    private ApplicationContext service;
    private DarajaDriver app;

    @BeforeAll
    void start() throws IOException {
        dataDir = Files.createTempDirectory("voicepact-daraja-faults");
        service = DarajaDriver.start(dataDir);
        app = new DarajaDriver(service, dataDir);
    }

    @AfterAll
    void stop() {
        service.close();
    }

    /** No fault outlives its case, and no callback held back by one reaches the next case. */
    @AfterEach
    void clearFaults() throws InterruptedException {
        app.daraja.faults().clear();
        int delivered = app.daraja.deliveredCallbacks().size();
        int released = app.daraja.deliverLateCallbacksNow();
        Eventually.await(
                released + " held callbacks delivered",
                () -> app.daraja.deliveredCallbacks().size() >= delivered + released);
    }

    private static String mpesa(String local) {
        return "254" + local.substring(1);
    }

    private static String e164(String local) {
        return "+" + mpesa(local);
    }

    /** The state a replay must leave alone. */
    private record Snapshot(
            List<String> statuses, BigDecimal walletNet, BigDecimal utility, Object auditEntries, long b2c) {}

    private Snapshot snapshot(String contract, Checkout... payments) {
        return new Snapshot(
                java.util.Arrays.stream(payments).map(app::status).toList(),
                app.walletNet(contract),
                app.daraja.utilityAccount(),
                app.audit().get("entries_checked"),
                app.daraja.requests().stream()
                        .filter(r -> r.path().equals(DarajaDriver.B2C))
                        .count());
    }

    /** Every callback Daraja delivered so far, posted again: nothing moves, nothing is added to the audit. */
    private void replayChangesNothing(String contract, Checkout... payments) {
        Snapshot before = snapshot(contract, payments);
        List<DeliveredCallback> delivered = app.daraja.deliveredCallbacks();
        app.replay(delivered);
        app.dispatch();
        assertThat(snapshot(contract, payments))
                .as("after %d callbacks resent", delivered.size())
                .isEqualTo(before);
        assertThat(app.audit()).containsEntry("intact", true);
    }

    @Test
    void givenDuplicateStkCallbacks_whenThePayerPays_thenLockedOnceAndToldOnce() throws Exception {
        String buyer = "0711000101";
        String contract = app.contract(3_000, buyer, "0722000101");
        app.daraja.faults().duplicateCallbacks(true);

        Checkout paid = app.paid(contract, buyer, 3_000);

        app.until(
                "both copies of the STK callback answered",
                () -> app.callbacks("/stk").stream()
                                .filter(c -> c.body().contains(paid.checkoutRequestId()))
                                .count()
                        == 2,
                () -> app.callbacks("/stk"));
        assertThat(app.callbacks("/stk"))
                .filteredOn(c -> c.body().contains(paid.checkoutRequestId()))
                .extracting(DeliveredCallback::status)
                .containsExactly(200, 200);
        app.until(
                "the buyer told",
                () -> app.sms(e164(buyer), "VoicePact Escrow Funded:") == 1,
                () -> app.at.inbox(e164(buyer)));
        assertThat(app.contractStatus(contract)).isEqualTo("active");
        assertThat(app.postings(contract, "LOCK:")).as("one lock").isEqualTo(1);
        assertThat(app.walletNet(contract)).isEqualByComparingTo("3000");
        replayChangesNothing(contract, paid);
        assertThat(app.sms(e164(buyer), "VoicePact Escrow Funded:"))
                .as("told once")
                .isEqualTo(1);
    }

    @Test
    void givenNoStkCallback_whenThePayerPays_thenTheCheckoutWindowJobsQueryLocksIt() throws Exception {
        String buyer = "0711000102";
        String contract = app.contract(2_000, buyer, "0722000102");
        app.daraja.faults().dropCallbacks(true);
        Checkout checkout = app.checkout(contract, buyer, 2_000);
        app.answer(checkout, PromptAnswer.PIN);
        assertThat(app.status(checkout)).as("no callback: nothing known yet").isEqualTo("pending");
        app.daraja.faults().clear();

        app.until(
                "locked by the STK query",
                () -> {
                    app.staleCheckoutJob();
                    return app.status(checkout).equals("locked");
                },
                () -> app.payment(checkout));

        assertThat(app.requests(DarajaDriver.STK_QUERY, checkout.checkoutRequestId()))
                .as("asked by the query")
                .isNotEmpty();
        assertThat(app.callbacks("/stk")).noneMatch(c -> c.body().contains(checkout.checkoutRequestId()));
        assertThat(app.contractStatus(contract)).isEqualTo("active");
        assertThat(app.postings(contract, "LOCK:")).isEqualTo(1);
        assertThat(app.walletNet(contract)).isEqualByComparingTo("2000");
        app.staleCheckoutJob();
        replayChangesNothing(contract, checkout);
    }

    @Test
    void givenALateStkCallback_whenTheQueryLockedItFirst_thenTheLateCallbackChangesNothing() throws Exception {
        String buyer = "0711000103";
        String contract = app.contract(2_500, buyer, "0722000103");
        app.daraja.faults().callbackDelay(3_600_000);
        Checkout checkout = app.checkout(contract, buyer, 2_500);
        app.answer(checkout, PromptAnswer.PIN);
        app.daraja.faults().clear();
        app.until(
                "locked by the STK query",
                () -> {
                    app.staleCheckoutJob();
                    return app.status(checkout).equals("locked");
                },
                () -> app.payment(checkout));
        Snapshot before = snapshot(contract, checkout);

        assertThat(app.daraja.deliverLateCallbacksNow())
                .as("the late STK callback")
                .isEqualTo(1);
        app.until(
                "the late callback answered",
                () -> app.callbacks("/stk").stream()
                        .anyMatch(c -> c.body().contains(checkout.checkoutRequestId()) && c.status() == 200),
                () -> app.callbacks("/stk"));

        assertThat(snapshot(contract, checkout)).isEqualTo(before);
        assertThat(app.postings(contract, "LOCK:")).isEqualTo(1);
        replayChangesNothing(contract, checkout);
    }

    @Test
    void givenTheTimeoutNoticeBeforeTheB2cResult_whenTheSellerIsPaid_thenPaidOnce() throws Exception {
        String buyer = "0711000104";
        String seller = "0722000104";
        String contract = app.contract(4_000, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 4_000);
        BigDecimal utility = app.daraja.utilityAccount();
        app.daraja.faults().timeoutNoticeFirst(true);

        app.deliverAndAccept(contract, buyer, seller);
        app.until("released", () -> app.status(paid).equals("released"), () -> app.payment(paid));

        assertThat(app.callbacks("/b2c/timeout"))
                .as("the notice came, and was acknowledged")
                .isNotEmpty()
                .allMatch(c -> c.status() == 200);
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller))).as("one B2C").hasSize(1);
        assertThat(utility.subtract(app.daraja.utilityAccount()))
                .as("the sandbox paid once")
                .isEqualByComparingTo("4000");
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        app.until(
                "the seller told",
                () -> app.sms(e164(seller), "VoicePact Payment Released:") == 1,
                () -> app.at.inbox(e164(seller)));
        assertThat(app.contractStatus(contract)).isEqualTo("completed");
        replayChangesNothing(contract, paid);
        app.stalePayoutJob();
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller)))
                .as("never sent again")
                .hasSize(1);
        assertThat(app.sms(e164(seller), "VoicePact Payment Released:")).isEqualTo(1);
    }

    @Test
    void givenTheB2cResultLate_whenTransactionStatusSettledThePayoutFirst_thenTheResultHasNoSecondEffect()
            throws Exception {
        String buyer = "0711000105";
        String seller = "0722000105";
        String contract = app.contract(5_000, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 5_000);
        BigDecimal utility = app.daraja.utilityAccount();
        app.daraja.faults().callbackDelay(3_600_000);
        app.deliverAndAccept(contract, buyer, seller);
        app.until(
                "the B2C sent",
                () -> app.payouts(paid).stream().anyMatch(p -> p.get("external_transaction_id") != null),
                () -> app.payment(paid));
        app.daraja.faults().clear();

        app.until(
                "released by Transaction Status",
                () -> {
                    app.stalePayoutJob();
                    return app.status(paid).equals("released");
                },
                () -> app.payment(paid));
        assertThat(app.requests(DarajaDriver.STATUS, mpesaOriginator(seller)))
                .as("asked by our payout id")
                .isNotEmpty();
        Snapshot settled = snapshot(contract, paid);
        assertThat(app.daraja.deliverLateCallbacksNow())
                .as("the B2C Result, late")
                .isEqualTo(1);
        app.until(
                "the late B2C Result answered",
                () -> app.callbacks("/b2c/result").stream()
                        .anyMatch(c -> c.status() == 200 && c.body().contains(mpesaOriginator(seller))),
                () -> app.callbacks("/b2c/result"));

        assertThat(snapshot(contract, paid)).as("no second effect").isEqualTo(settled);
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller))).hasSize(1);
        assertThat(utility.subtract(app.daraja.utilityAccount())).isEqualByComparingTo("5000");
        app.until(
                "the seller told",
                () -> app.sms(e164(seller), "VoicePact Payment Released:") == 1,
                () -> app.at.inbox(e164(seller)));
        replayChangesNothing(contract, paid);
        assertThat(app.sms(e164(seller), "VoicePact Payment Released:"))
                .as("told once")
                .isEqualTo(1);
    }

    /** The OriginatorConversationID (our payout id) of the one B2C sent to {@code seller}. */
    private String mpesaOriginator(String seller) {
        String body = app.requests(DarajaDriver.B2C, mpesa(seller)).get(0).body();
        return (String) app.json(body).get("OriginatorConversationID");
    }

    @Test
    void givenNoB2cCallbackAtAll_whenTheSettleWindowPasses_thenTransactionStatusSettlesIt() throws Exception {
        String buyer = "0711000106";
        String seller = "0722000106";
        String contract = app.contract(3_500, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 3_500);
        BigDecimal utility = app.daraja.utilityAccount();
        app.daraja.faults().dropCallbacks(true);
        app.deliverAndAccept(contract, buyer, seller);
        app.until(
                "the B2C sent",
                () -> app.payouts(paid).stream().anyMatch(p -> p.get("external_transaction_id") != null),
                () -> app.payment(paid));
        assertThat(app.status(paid)).isEqualTo("releasing");
        app.daraja.faults().clear();

        app.until(
                "released by Transaction Status",
                () -> {
                    app.stalePayoutJob();
                    return app.status(paid).equals("released");
                },
                () -> app.payment(paid));

        assertThat(app.callbacks("/b2c/result")).noneMatch(c -> c.body().contains(mpesaOriginator(seller)));
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller))).hasSize(1);
        assertThat(utility.subtract(app.daraja.utilityAccount())).isEqualByComparingTo("3500");
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        app.until(
                "the seller told",
                () -> app.sms(e164(seller), "VoicePact Payment Released:") == 1,
                () -> app.at.inbox(e164(seller)));
        replayChangesNothing(contract, paid);
    }

    /**
     * Overfunding cannot be produced on Daraja end to end (a checkout counts every pending one against what is owed, and a
     * success after a recorded failure is contradicted by the STK query), so the money not owed to the seller is made by a
     * dispute resolved as a split: the seller's half by B2C, the buyer's half by a Reversal of the collection's receipt.
     */
    @Test
    void givenADisputeSplitInHalves_whenSettled_thenTheBuyersPartIsAReversalOfTheStkReceiptAndTheSellersAB2c()
            throws Exception {
        String buyer = "0711000107";
        String seller = "0722000107";
        String contract = app.contract(6_000, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 6_000);
        BigDecimal utility = app.daraja.utilityAccount();

        dispute(contract, buyer);
        resolve(contract, "{\"resolution\": \"split\", \"seller_share\": 0.5}");
        app.until(
                "both legs confirmed",
                () -> app.payouts(paid).size() == 2
                        && app.payouts(paid).stream()
                                .allMatch(p -> p.get("state").equals("confirmed")),
                () -> app.payment(paid));

        String receipt = receiptOf(paid);
        List<Map<String, Object>> reversals = app.requests(DarajaDriver.REVERSAL, receipt).stream()
                .map(r -> app.json(r.body()))
                .toList();
        assertThat(reversals)
                .as("the buyer's half: a Reversal of the STK receipt")
                .singleElement()
                .satisfies(r -> assertThat(r.get("Amount")).isEqualTo(3_000));
        assertThat(app.requests(DarajaDriver.B2C, mpesa(buyer)))
                .as("no B2C to the buyer")
                .isEmpty();
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller)))
                .as("the seller's half")
                .singleElement()
                .satisfies(r -> assertThat(app.json(r.body()).get("Amount")).isEqualTo(3_000));
        assertThat(utility.subtract(app.daraja.utilityAccount()))
                .as("3,000 reversed + 3,000 paid")
                .isEqualByComparingTo("6000");
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        replayChangesNothing(contract, paid);
        app.stalePayoutJob();
        assertThat(app.requests(DarajaDriver.REVERSAL, receipt)).hasSize(1);
    }

    @Test
    void givenTheReversalRefused_whenTheBuyerIsRefunded_thenOneB2cToThePayerInstead() throws Exception {
        String buyer = "0711000108";
        String contract = app.contract(1_800, buyer, "0722000108");
        Checkout paid = app.paid(contract, buyer, 1_800);
        BigDecimal utility = app.daraja.utilityAccount();
        dispute(contract, buyer);
        resolve(contract, "{\"resolution\": \"refund\"}");
        // the outbox runs only when this test says: the next Daraja call is the refund's Reversal, and it is refused
        app.daraja.faults().spikeArrests(1);

        app.until("refunded", () -> app.status(paid).equals("refunded"), () -> app.payment(paid));

        String receipt = receiptOf(paid);
        assertThat(app.requests(DarajaDriver.REVERSAL, receipt))
                .as("the Reversal asked once, refused")
                .hasSize(1);
        assertThat(app.requests(DarajaDriver.B2C, mpesa(buyer)))
                .as("then one B2C to the payer")
                .singleElement()
                .satisfies(r -> assertThat((String) app.json(r.body()).get("OriginatorConversationID"))
                        .endsWith("-RB2C"));
        assertThat(utility.subtract(app.daraja.utilityAccount())).isEqualByComparingTo("1800");
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        app.until(
                "the payer told",
                () -> app.sms(e164(buyer), "VoicePact Payment Refunded:") == 1,
                () -> app.at.inbox(e164(buyer)));
        replayChangesNothing(contract, paid);
        app.stalePayoutJob();
        assertThat(app.requests(DarajaDriver.B2C, mpesa(buyer)))
                .as("never twice")
                .hasSize(1);
        assertThat(app.requests(DarajaDriver.REVERSAL, receipt)).hasSize(1);
    }

    private void dispute(String contract, String buyer) {
        var raised = Http.post(
                app.base,
                "/api/v1/contracts/" + contract + "/dispute",
                app.key,
                "{\"phone_number\": \"" + buyer + "\", \"reason\": \"short weight\"}");
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(200);
    }

    private void resolve(String contract, String body) {
        var resolved = Http.post(app.base, "/api/v1/contracts/" + contract + "/dispute/resolve", app.key, body);
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    }

    /** The M-Pesa receipt of a paid checkout, from the STK callback Daraja delivered for it. */
    private String receiptOf(Checkout checkout) {
        String body = app.callbacks("/stk").stream()
                .filter(c -> c.body().contains(checkout.checkoutRequestId()))
                .findFirst()
                .orElseThrow()
                .body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "\"MpesaReceiptNumber\",\"Value\":\"([A-Z0-9]{10})\"")
                .matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    @Test
    void givenAKes400000Contract_whenReleased_thenTwoB2cEachOnce_400000DebitedAndTheSellerTold() throws Exception {
        String buyer = "0711000109";
        String seller = "0722000109";
        String contract = app.contract(400_000, buyer, seller);
        Checkout first = app.paid(contract, buyer, 250_000);
        Checkout second = app.paid(contract, buyer, 150_000);
        assertThat(app.contractStatus(contract)).isEqualTo("active");
        BigDecimal utility = app.daraja.utilityAccount();

        app.deliverAndAccept(contract, buyer, seller);
        app.until(
                "both released",
                () -> app.status(first).equals("released") && app.status(second).equals("released"),
                () -> List.of(app.payment(first), app.payment(second)));

        List<Map<String, Object>> b2c = app.requests(DarajaDriver.B2C, mpesa(seller)).stream()
                .map(r -> app.json(r.body()))
                .toList();
        assertThat(b2c).extracting(r -> r.get("Amount")).containsExactlyInAnyOrder(250_000, 150_000);
        assertThat(b2c).extracting(r -> r.get("OriginatorConversationID")).doesNotHaveDuplicates();
        assertThat(utility.subtract(app.daraja.utilityAccount()))
                .as("debited exactly")
                .isEqualByComparingTo("400000");
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        app.until(
                "the seller told",
                () -> app.sms(e164(seller), "VoicePact Payment Released:") == 1,
                () -> app.at.inbox(e164(seller)));
        assertThat(app.at.inbox(e164(seller)))
                .filteredOn(m -> m.text().startsWith("VoicePact Payment Released:"))
                .allMatch(m -> m.text().contains("400,000"));
        replayChangesNothing(contract, first, second);
        app.stalePayoutJob();
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller))).hasSize(2);
    }

    @Test
    void givenTheUtilityAccountEmpty_whenTheSellerIsPaid_thenTheMoneyGoesBackToEscrowAndALaterReleasePaysOnce()
            throws Exception {
        String buyer = "0711000110";
        String seller = "0722000110";
        String contract = app.contract(2_200, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 2_200);
        BigDecimal utility = app.daraja.utilityAccount();
        app.daraja.faults().utilityAccountEmpty(true);

        app.deliverAndAccept(contract, buyer, seller);
        app.until(
                "back in escrow",
                () -> app.status(paid).equals("locked") && !app.payouts(paid).isEmpty(),
                () -> app.payment(paid));

        assertThat(app.payouts(paid))
                .singleElement()
                .satisfies(p -> assertThat(p.get("state")).isEqualTo("failed"))
                .satisfies(p -> assertThat((String) p.get("failure_reason"))
                        .as("the operator sees why")
                        .containsIgnoringCase("insufficient"));
        assertThat(app.daraja.utilityAccount()).as("nothing paid").isEqualByComparingTo(utility);
        assertThat(app.walletNet(contract)).isEqualByComparingTo("2200");
        assertThat(app.sms(e164(seller), "VoicePact Payment Released:")).isZero();
        app.daraja.faults().clear();
        replayChangesNothing(contract, paid);

        var released = Http.post(
                app.base,
                "/api/v1/payments/release",
                app.key,
                "{\"contract_id\": \"" + contract + "\", \"transaction_id\": \"" + paid.transactionId() + "\"}");
        assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
        app.until("released", () -> app.status(paid).equals("released"), () -> app.payment(paid));

        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller)))
                .as("the failed one and the new one")
                .hasSize(2)
                .extracting(r -> app.json(r.body()).get("OriginatorConversationID"))
                .doesNotHaveDuplicates();
        assertThat(utility.subtract(app.daraja.utilityAccount()))
                .as("paid once")
                .isEqualByComparingTo("2200");
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        app.until(
                "the seller told",
                () -> app.sms(e164(seller), "VoicePact Payment Released:") == 1,
                () -> app.at.inbox(e164(seller)));
        replayChangesNothing(contract, paid);
        app.stalePayoutJob();
        assertThat(app.requests(DarajaDriver.B2C, mpesa(seller))).hasSize(2);
    }

    private static String forgedStkSuccess(String checkoutRequestId, long amount, String payer) {
        return """
                {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1","CheckoutRequestID":"%s","ResultCode":0,
                "ResultDesc":"The service request is processed successfully.","CallbackMetadata":{"Item":[
                {"Name":"Amount","Value":%d.00},{"Name":"MpesaReceiptNumber","Value":"NLJ7RT61SV"},{"Name":"Balance"},
                {"Name":"TransactionDate","Value":20261130101530},{"Name":"PhoneNumber","Value":%s}]}}}}""".formatted(checkoutRequestId, amount, payer);
    }

    private static String forgedB2cSuccess(String originator, String conversation, long amount, String payee) {
        return """
                {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                "OriginatorConversationID":"%1$s","ConversationID":"%2$s","TransactionID":"NLJ41HAY6Q",
                "ResultParameters":{"ResultParameter":[{"Key":"TransactionAmount","Value":%3$d},
                {"Key":"TransactionReceipt","Value":"NLJ41HAY6Q"},{"Key":"B2CRecipientIsRegisteredCustomer","Value":"Y"},
                {"Key":"B2CChargesPaidAccountAvailableFunds","Value":0.00},{"Key":"ReceiverPartyPublicName","Value":"%4$s - Forged"},
                {"Key":"TransactionCompletedDateTime","Value":"30.11.2026 10:15:30"},
                {"Key":"B2CUtilityAccountAvailableFunds","Value":100000.00},{"Key":"B2CWorkingAccountAvailableFunds","Value":0.00}]},
                "ReferenceData":{"ReferenceItem":{"Key":"QueueTimeoutURL","Value":"https://internalsandbox.safaricom.co.ke/mpesa/b2cresults/v1/submit"}}}}""".formatted(originator, conversation, amount, payee);
    }

    private static String forgedStatusCompleted(
            String conversation, String payoutId, String payoutConversation, long amount) {
        return """
                {"Result":{"ResultType":0,"ResultCode":0,"ResultDesc":"The service request is processed successfully.",
                "OriginatorConversationID":"a1b2-4c5d-9e8f-000000000001","ConversationID":"%1$s","TransactionID":"NLJ0000000",
                "ResultParameters":{"ResultParameter":[{"Key":"ReceiptNo","Value":"NLJ0000000"},
                {"Key":"OriginatorConversationID","Value":"%2$s"},{"Key":"ConversationID","Value":"%3$s"},
                {"Key":"ReasonType","Value":"Business Payment to Customer via API"},{"Key":"TransactionStatus","Value":"Completed"},
                {"Key":"Amount","Value":%4$d}]},
                "ReferenceData":{"ReferenceItem":{"Key":"Occasion"}}}}""".formatted(conversation, payoutId, payoutConversation, amount);
    }

    @Test
    void
            givenAnUnsignedStkSuccessForAPushThePayerNeverApproved_whenPosted_thenNothingMovesAndOnceContradictedItIsFlagged()
                    throws Exception {
        String buyer = "0711000111";
        String contract = app.contract(1_700, buyer, "0722000111");
        Checkout checkout = app.checkout(contract, buyer, 1_700);
        BigDecimal utility = app.daraja.utilityAccount();

        var whileDeciding = app.post("/stk", forgedStkSuccess(checkout.checkoutRequestId(), 1_700, mpesa(buyer)));
        assertThat(whileDeciding.statusCode()).as(whileDeciding.body()).isEqualTo(200);
        assertThat(app.status(checkout))
                .as("the query says the payer is still deciding")
                .isEqualTo("pending");
        app.answer(checkout, PromptAnswer.CANCEL);
        app.until("the real cancel applied", () -> app.status(checkout).equals("failed"), () -> app.payment(checkout));
        var contradicted = app.post("/stk", forgedStkSuccess(checkout.checkoutRequestId(), 1_700, mpesa(buyer)));

        assertThat(contradicted.statusCode()).as(contradicted.body()).isEqualTo(200);
        assertThat(app.status(checkout)).isEqualTo("failed");
        assertThat(app.contractStatus(contract)).isEqualTo("confirmed");
        assertThat(app.postings(contract, "LOCK:")).isZero();
        assertThat(app.walletNet(contract)).isEqualByComparingTo("0");
        assertThat(app.daraja.utilityAccount()).isEqualByComparingTo(utility);
        assertThat(app.flagged()).contains(checkout.checkoutRequestId());
        assertThat(app.audit()).containsEntry("intact", true);
    }

    @Test
    void givenAForgedB2cSuccessForAPayoutMpesaDeclined_whenPosted_thenNotReleasedAndFlagged() throws Exception {
        String buyer = "0711000112";
        String seller = "0722000112";
        String contract = app.contract(2_100, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 2_100);
        BigDecimal utility = app.daraja.utilityAccount();
        app.daraja.faults().callbackDelay(3_600_000).utilityAccountEmpty(true);
        app.deliverAndAccept(contract, buyer, seller);
        app.until(
                "the B2C sent",
                () -> app.payouts(paid).stream().anyMatch(p -> p.get("external_transaction_id") != null),
                () -> app.payment(paid));
        app.daraja.faults().clear();
        String conversation = (String) app.payouts(paid).get(0).get("external_transaction_id");

        var forged =
                app.post("/b2c/result", forgedB2cSuccess(mpesaOriginator(seller), conversation, 2_100, mpesa(seller)));
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(200);
        app.until("the forged success flagged", () -> app.flagged().contains(conversation), app::flagged);

        assertThat(app.status(paid)).isNotEqualTo("released");
        assertThat(app.payouts(paid)).noneMatch(p -> p.get("state").equals("confirmed"));
        assertThat(app.daraja.utilityAccount()).as("M-Pesa paid nothing").isEqualByComparingTo(utility);
        assertThat(app.sms(e164(seller), "VoicePact Payment Released:")).isZero();
        assertThat(app.daraja.deliverLateCallbacksNow())
                .as("the real (failed) B2C Result")
                .isEqualTo(1);
        app.until("back in escrow", () -> app.status(paid).equals("locked"), () -> app.payment(paid));
        assertThat(app.walletNet(contract)).isEqualByComparingTo("2100");
        assertThat(app.postings(contract, "PAID:")).isZero();
        assertThat(app.audit()).containsEntry("intact", true);
    }

    @Test
    void givenAForgedTransactionStatusResultMatchingNoQuery_whenPosted_thenNothingChangesAndItIsFlagged()
            throws Exception {
        String buyer = "0711000113";
        String seller = "0722000113";
        String contract = app.contract(2_300, buyer, seller);
        Checkout paid = app.paid(contract, buyer, 2_300);
        BigDecimal utility = app.daraja.utilityAccount();
        app.daraja.faults().callbackDelay(3_600_000);
        app.deliverAndAccept(contract, buyer, seller);
        app.until(
                "the B2C sent",
                () -> app.payouts(paid).stream().anyMatch(p -> p.get("external_transaction_id") != null),
                () -> app.payment(paid));
        app.daraja.faults().clear();
        String conversation = (String) app.payouts(paid).get(0).get("external_transaction_id");
        Snapshot before = snapshot(contract, paid);

        String forgedConversation = "AG_20261130_00000000000000f0rged0";
        var forged = app.post(
                "/status/result",
                forgedStatusCompleted(forgedConversation, mpesaOriginator(seller), conversation, 2_300));

        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(200);
        app.dispatch();
        assertThat(snapshot(contract, paid))
                .usingRecursiveComparison()
                .ignoringFields("auditEntries")
                .isEqualTo(before);
        assertThat(app.status(paid)).isEqualTo("releasing");
        assertThat(app.flagged()).contains(forgedConversation);
        assertThat(app.daraja.deliverLateCallbacksNow()).isEqualTo(1);
        app.until("released by the real Result", () -> app.status(paid).equals("released"), () -> app.payment(paid));
        assertThat(utility.subtract(app.daraja.utilityAccount())).isEqualByComparingTo("2300");
        assertThat(app.audit()).containsEntry("intact", true);
    }
}
