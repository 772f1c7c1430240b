package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every Daraja callback body (shapes from shared/reference/mpesa-daraja.md) and the settle command it makes, or none. */
class DarajaSettlementsTest {

    private final DarajaMemory memory = new DarajaMemory();
    private final DarajaSettlements settlements = new DarajaSettlements(memory);

    static String stk(String code, String desc, String metadata) {
        return """
                {"Body":{"stkCallback":{"MerchantRequestID":"29115-34620561-1","CheckoutRequestID":"ws_CO_191220191020363925",
                "ResultCode":%s,"ResultDesc":"%s"%s}}}""".formatted(code, desc, metadata);
    }

    static final String PAID_ITEMS = """
            ,"CallbackMetadata":{"Item":[{"Name":"Amount","Value":250.00},{"Name":"MpesaReceiptNumber","Value":"NLJ7RT61SV"},
            {"Name":"Balance"},{"Name":"TransactionDate","Value":20261130101530},{"Name":"PhoneNumber","Value":254712345678}]}""";

    static String result(
            String code, String desc, String originator, String conversation, String transactionId, String parameters) {
        return """
                {"Result":{"ResultType":0,"ResultCode":%s,"ResultDesc":"%s","OriginatorConversationID":"%s",
                "ConversationID":"%s","TransactionID":"%s"%s,
                "ReferenceData":{"ReferenceItem":{"Key":"QueueTimeoutURL","Value":"https://internalsandbox.safaricom.co.ke/mpesa/b2cresults/v1/submit"}}}}""".formatted(code, desc, originator, conversation, transactionId, parameters);
    }

    static String parameters(String... keyValues) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            items.append(items.length() == 0 ? "" : ",")
                    .append("{\"Key\":\"")
                    .append(keyValues[i])
                    .append("\",\"Value\":")
                    .append(keyValues[i + 1])
                    .append('}');
        }
        return ",\"ResultParameters\":{\"ResultParameter\":[" + items + "]}";
    }

    static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @Test
    void givenAPaidStkCallback_thenTheCollectionSucceededWithAmountAndReceipt_andTheReceiptIsKeptForAReversal() {
        memory.checkouts().checkoutStarted("ws_CO_191220191020363925", "C0FFEE000001", "TXN-1", kes("250"));
        String body = stk("0", "The service request is processed successfully.", PAID_ITEMS);

        SettleMovementCommand command = settlements.stkCallback(body).orElseThrow();

        assertThat(command)
                .isEqualTo(SettleMovementCommand.of(
                        MoneyMovement.COLLECTION,
                        "ws_CO_191220191020363925",
                        "TXN-1",
                        new MovementOutcome.Succeeded(kes("250"), "NLJ7RT61SV"),
                        null,
                        Source.CALLBACK,
                        body));
        assertThat(memory.checkouts().receiptOf("ws_CO_191220191020363925")).contains("NLJ7RT61SV");
    }

    @ParameterizedTest(name = "STK {0} -> {1}")
    @CsvSource({
        "1, INSUFFICIENT_FUNDS",
        "17, DUPLICATE",
        "26, PROVIDER_BUSY",
        "1001, PAYER_UNREACHABLE",
        "1019, PAYER_UNREACHABLE",
        "1025, PROVIDER_BUSY",
        "9999, PROVIDER_BUSY",
        "1032, PAYER_CANCELLED",
        "1037, PAYER_UNREACHABLE",
        "2001, WRONG_PIN",
        "4242, OTHER"
    })
    void givenAFailedStkCallback_thenTheCollectionFailedWithItsReason(String code, FailureReason reason) {
        SettleMovementCommand command = settlements
                .stkCallback(stk(code, "Request cancelled by user", ""))
                .orElseThrow();

        assertThat(command.movement()).isEqualTo(MoneyMovement.COLLECTION);
        assertThat(command.ourReference())
                .isNull(); // the callback does not echo AccountReference; nothing remembered here
        String description =
                reason == FailureReason.DUPLICATE // code 17 is put in words a payer understands (SameAmountRule)
                        ? SameAmountRule.WORDS
                                + ": please wait two minutes and try again, or pay a different amount (M-Pesa: Request cancelled by user)"
                        : "Request cancelled by user";
        assertThat(command.report())
                .isEqualTo(new SettleMovementCommand.Report.Typed(new MovementOutcome.Failed(reason, description)));
    }

    @Test
    void givenASuccessWithoutItsReceipt_thenNothing_theStkQuerySettlesIt() {
        assertThat(settlements.stkCallback(
                        stk("0", "ok", ",\"CallbackMetadata\":{\"Item\":[{\"Name\":\"Amount\",\"Value\":250}]}")))
                .isEmpty();
    }

    @Test
    void givenAPaidB2cResult_thenThePayoutSucceededByConversationIdWithOurPayoutId() {
        String body = result(
                "0",
                "The service request is processed successfully.",
                "TXN-1-P1",
                "AG_20261130_0001",
                "NLJ41HAY6Q",
                parameters(
                        "TransactionAmount",
                        "100",
                        "TransactionReceipt",
                        "\"NLJ41HAY6Q\"",
                        "B2CUtilityAccountAvailableFunds",
                        "150.00"));

        assertThat(settlements.b2cResult(body))
                .contains(SettleMovementCommand.of(
                        MoneyMovement.PAYOUT,
                        "AG_20261130_0001",
                        "TXN-1-P1",
                        new MovementOutcome.Succeeded(kes("100"), "NLJ41HAY6Q"),
                        null,
                        Source.CALLBACK,
                        body));
    }

    @Test
    void givenTheResultOfARefundB2c_thenARefundOfOurPayoutId() {
        String body = result(
                "0",
                "ok",
                DarajaSettlements.refundLookupId("TXN-1-P2"),
                "AG_20261130_0002",
                "NLJ41HAY6R",
                parameters("TransactionAmount", "50", "TransactionReceipt", "\"NLJ41HAY6R\""));

        SettleMovementCommand command = settlements.b2cResult(body).orElseThrow();

        assertThat(command.movement()).isEqualTo(MoneyMovement.REFUND);
        assertThat(command.ourReference()).isEqualTo("TXN-1-P2");
    }

    @ParameterizedTest(name = "B2C {0} -> {1}")
    @CsvSource({
        "1, INSUFFICIENT_FUNDS",
        "2, LIMIT_REACHED",
        "3, LIMIT_REACHED",
        "4, LIMIT_REACHED",
        "8, LIMIT_REACHED",
        "11, RECIPIENT_INVALID",
        "2006, RECIPIENT_INVALID",
        "21, CONFIGURATION",
        "2001, CONFIGURATION",
        "2040, RECIPIENT_INVALID",
        "8006, CONFIGURATION",
        "\"SFC_IC0003\", RECIPIENT_INVALID",
        "99, OTHER"
    })
    void givenAFailedB2cResult_thenThePayoutFailedWithItsReason(String code, FailureReason reason) {
        SettleMovementCommand command = settlements
                .b2cResult(result(code, "declined", "TXN-1-P1", "AG_1", "NLJ0000000", ""))
                .orElseThrow();

        assertThat(command.report())
                .isEqualTo(new SettleMovementCommand.Report.Typed(new MovementOutcome.Failed(reason, "declined")));
    }

    /** The two callback tables above carry every STK and initiator code {@link DarajaResultCodes} knows, each through its callback. */
    @Test
    void everyKnownResultCodeGoesThroughItsCallbackAbove() throws Exception {
        assertThat(codesIn("givenAFailedStkCallback_thenTheCollectionFailedWithItsReason"))
                .containsAll(DarajaResultCodes.STK.keySet());
        assertThat(codesIn("givenAFailedB2cResult_thenThePayoutFailedWithItsReason"))
                .containsAll(DarajaResultCodes.INITIATOR.keySet());
    }

    private java.util.Set<String> codesIn(String test) throws Exception {
        CsvSource rows = getClass()
                .getDeclaredMethod(test, String.class, FailureReason.class)
                .getAnnotation(CsvSource.class);
        return java.util.Arrays.stream(rows.value())
                .map(row -> row.substring(0, row.indexOf(',')).replace("\"", "").strip())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void givenAQueueTimeoutNotice_thenNothing_itNeverSaysWhetherTheMoneyMoved() {
        assertThat(settlements.queueTimeout(
                        result("1037", "The request timed out in the queue.", "TXN-1-P1", "AG_1", "", "")))
                .isEmpty();
        assertThat(settlements.queueTimeout("{\"OriginatorConversationID\":\"TXN-1-P1\"}"))
                .isEmpty();
        assertThatThrownBy(() -> settlements.queueTimeout("{}")).isInstanceOf(IllegalArgumentException.class);
    }

    static String status(String code, String transactionStatus, String originator, String reasonType) {
        return result(
                code,
                "ok",
                "AG_Q1_orig",
                "AG_Q1",
                "",
                code.equals("0")
                        ? parameters(
                                "OriginatorConversationID",
                                "\"" + originator + "\"",
                                "ReasonType",
                                "\"" + reasonType + "\"",
                                "TransactionStatus",
                                "\"" + transactionStatus + "\"",
                                "Amount",
                                "100",
                                "ConversationID",
                                "\"AG_PAYOUT_1\"",
                                "ReceiptNo",
                                "\"NLJ41HAY6Q\"")
                        : "");
    }

    @Test
    void givenATransactionStatusResultOfACompletedPayout_thenThePayoutSucceeded() {
        String body = status("0", "Completed", "TXN-1-P1", "Business Payment to Customer via API");

        assertThat(settlements.transactionStatusResult(body))
                .contains(SettleMovementCommand.of(
                        MoneyMovement.PAYOUT,
                        "AG_PAYOUT_1",
                        "TXN-1-P1",
                        new MovementOutcome.Succeeded(kes("100"), "NLJ41HAY6Q"),
                        null,
                        Source.CALLBACK,
                        body));
    }

    @Test
    void givenATransactionStatusResultOfAFailedRefundB2c_thenTheRefundFailed() {
        SettleMovementCommand command = settlements
                .transactionStatusResult(status("0", "Failed", "TXN-1-P2-RB2C", "Business Payment"))
                .orElseThrow();

        assertThat(command.movement()).isEqualTo(MoneyMovement.REFUND);
        assertThat(command.ourReference()).isEqualTo("TXN-1-P2");
        assertThat(command.succeeded()).isFalse();
    }

    @Test
    void givenATransactionStatusResultOfAReversalWeSent_thenTheReversalOfOurPayoutId() {
        memory.reversals().reversalSent("TXN-1-P2", "AG_PAYOUT_1", kes("100"));

        SettleMovementCommand command = settlements
                .transactionStatusResult(status("0", "Completed", "", "Reversal"))
                .orElseThrow();

        assertThat(command.movement()).isEqualTo(MoneyMovement.REVERSAL);
        assertThat(command.ourReference()).isEqualTo("TXN-1-P2");
        assertThat(memory.reversals().reversalOf("TXN-1-P2").orElseThrow().outcome())
                .isInstanceOf(MovementOutcome.Succeeded.class);
    }

    @ParameterizedTest(name = "status {0} {1}: no verdict")
    @CsvSource({"0, Pending, TXN-1-P1", "0, Completed, ''", "2001, '', TXN-1-P1", "20, '', TXN-1-P1"})
    void givenAStatusResultThatIsNoVerdictOnAPayout_thenNothing(
            String code, String transactionStatus, String originator) {
        assertThat(settlements.transactionStatusResult(status(code, transactionStatus, originator, "Business Payment")))
                .isEmpty();
    }

    @Test
    void givenStatusResults_whenReadAsLookups_thenUnknownIsNotFound_aFailedQueryTellsNothing_aPayoutIsFound() {
        assertThat(settlements.lookupOf(status("20", "", "", ""))).isInstanceOf(Lookup.NotFound.class);
        assertThat(settlements.lookupOf(status("2001", "", "", ""))).isInstanceOf(Lookup.Asked.class);
        assertThat(settlements.lookupOf(status("0", "Completed", "TXN-1-P1", "Business Payment")))
                .isInstanceOfSatisfying(
                        Lookup.Found.class,
                        f -> assertThat(f.movement().providerReference()).isEqualTo("AG_PAYOUT_1"));
    }

    @Test
    void givenAReversalResult_thenTheReversalSucceededWithTheAmountReturned_andTheRefundIsRemembered() {
        memory.reversals().reversalSent("TXN-1-P2", "AG_REV_1", kes("50"));
        String body = result(
                "0",
                "ok",
                "AG_REV_1_orig",
                "AG_REV_1",
                "NLJ11HAY8Z",
                parameters("Amount", "50.00", "OriginalTransactionID", "\"NLJ7RT61SV\""));

        assertThat(settlements.reversalResult(body))
                .contains(SettleMovementCommand.of(
                        MoneyMovement.REVERSAL,
                        "AG_REV_1",
                        "TXN-1-P2",
                        new MovementOutcome.Succeeded(kes("50"), "NLJ11HAY8Z"),
                        null,
                        Source.CALLBACK,
                        body));
        assertThat(memory.reversals().reversalOf("TXN-1-P2").orElseThrow().outcome())
                .isInstanceOf(MovementOutcome.Succeeded.class);
    }

    @Test
    void givenAReversalRefused_thenFailed_butAlreadyReversedIsNoVerdict() {
        assertThat(settlements.reversalResult(
                        result("\"R000002\"", "The OriginalTransactionID is invalid.", "o", "AG_REV_2", "", "")))
                .hasValueSatisfying(c -> assertThat(c.succeeded()).isFalse());
        assertThat(settlements.reversalResult(
                        result("\"R000001\"", "The transaction has already been reversed.", "o", "AG_REV_3", "", "")))
                .isEmpty();
    }

    @Test
    void givenAnAccountBalanceResult_thenNoCommand_andTheUtilityAccountIsTheBalance() {
        Optional<SettleMovementCommand> none = settlements.accountBalanceResult(result(
                "0",
                "ok",
                "o",
                "AG_BAL",
                "NLJ0",
                parameters(
                        "AccountBalance",
                        "\"Working Account|KES|0.00|0.00|0.00|0.00&Utility Account|KES|150.00|150.00|0.00|0.00\"")));

        assertThat(none).isEmpty();
        assertThat(memory.balance()).contains(kes("150.00"));
    }

    @Test
    void givenABodyThatIsNotTheCallback_thenRefusedForA400() {
        assertThatThrownBy(() -> settlements.stkCallback("{\"Result\":{}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settlements.b2cResult("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
