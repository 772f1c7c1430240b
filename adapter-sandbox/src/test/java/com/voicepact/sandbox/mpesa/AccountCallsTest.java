package com.voicepact.sandbox.mpesa;

import static com.voicepact.sandbox.mpesa.DarajaAuthTest.assertGatewayError;
import static com.voicepact.sandbox.mpesa.DarajaAuthTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Transaction Status, Reversal and Account Balance: acknowledged at once, their Result posted later. */
class AccountCallsTest {

    private static final String STATUS = "/mpesa/transactionstatus/v1/query";
    private static final String REVERSAL = "/mpesa/reversal/v1/request";
    private static final String BALANCE = "/mpesa/accountbalance/v1/query";
    private final DarajaFixture daraja = new DarajaFixture(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void givenACollectionAndAPayout_whenTheirStatusIsAsked_thenCompletedWithTheReceiptByReceiptOrByOriginatorId()
            throws Exception {
        String collection = daraja.collect(700);
        daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-7", "254722000111", 300));
        String payout = daraja.lastResult(DarajaFixture.RESULT, 1)
                .path("Result")
                .path("TransactionID")
                .asText();

        DarajaFixture.Answer ack = daraja.post(STATUS, daraja.status("TransactionID", collection));
        assertThat(fieldNames(ack.body()))
                .containsExactly("ConversationID", "OriginatorConversationID", "ResponseCode", "ResponseDescription");
        JsonNode byReceipt = daraja.lastResult(DarajaFixture.RESULT, 2).path("Result");
        assertThat(byReceipt.path("ConversationID").asText())
                .isEqualTo(ack.body().path("ConversationID").asText());
        assertThat(byReceipt.path("ResultCode").asInt()).isZero();
        Map<String, JsonNode> parameters = parameters(byReceipt);
        assertThat(parameters.get("TransactionStatus").asText()).isEqualTo("Completed");
        assertThat(parameters.get("ReceiptNo").asText()).isEqualTo(collection);
        assertThat(parameters.get("Amount").asInt()).isEqualTo(700);
        assertThat(parameters.get("FinalisedTime").isIntegralNumber())
                .as("yyyyMMddHHmmss as a number")
                .isTrue();
        assertThat(parameters.get("FinalisedTime").asLong()).isEqualTo(20261130101530L);

        daraja.post(STATUS, daraja.status("OriginatorConversationID", "PO-7"));
        Map<String, JsonNode> byOriginator =
                parameters(daraja.lastResult(DarajaFixture.RESULT, 3).path("Result"));
        assertThat(byOriginator.get("ReceiptNo").asText()).isEqualTo(payout);
        assertThat(byOriginator.get("ReasonType").asText()).isEqualTo("Business Payment to Customer via API");
        assertThat(byOriginator.get("OriginatorConversationID").asText()).isEqualTo("PO-7");

        daraja.post(STATUS, daraja.status("OriginatorConversationID", "PO-never-sent"));
        JsonNode unknown = daraja.lastResult(DarajaFixture.RESULT, 4).path("Result");
        assertThat(unknown.path("ResultCode").asInt()).isEqualTo(20);
        assertThat(fieldNames(unknown)).doesNotContain("ResultParameters");
        assertGatewayError(
                daraja.post(STATUS, daraja.status("Remarks", "no id at all")),
                400,
                "400.002.02",
                "Bad Request - Invalid TransactionID");
    }

    @Test
    void givenACollectedSurplus_whenReversed_thenTheMoneyGoesBackOnce_andOtherReceiptsAreRefusedWithStringCodes()
            throws Exception {
        String receipt = daraja.collect(2000);
        daraja.sandbox.fundUtilityAccount(DarajaFixture.kes("500"));

        DarajaFixture.Answer ack = daraja.post(REVERSAL, daraja.reversal(receipt, 2000));
        assertThat(ack.body().path("ResponseCode").asText()).isEqualTo("0");
        JsonNode reversed = daraja.lastResult(DarajaFixture.RESULT, 1).path("Result");
        assertThat(reversed.path("ResultCode").asInt()).isZero();
        Map<String, JsonNode> parameters = parameters(reversed);
        assertThat(parameters.get("OriginalTransactionID").asText()).isEqualTo(receipt);
        assertThat(parameters.get("DebitAccountBalance").asText())
                .isEqualTo("Utility Account|KES|500.00|500.00|0.00|0.00");
        assertThat(reversed.path("TransactionID").asText())
                .matches("[A-Z0-9]{10}")
                .isNotEqualTo(receipt);
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("500");

        daraja.post(REVERSAL, daraja.reversal(receipt, 2000));
        daraja.post(REVERSAL, daraja.reversal("ABCDEFGHIJ", 10));
        JsonNode again = daraja.lastResult(DarajaFixture.RESULT, 2).path("Result");
        JsonNode unknown = daraja.lastResult(DarajaFixture.RESULT, 3).path("Result");
        assertThat(again.path("ResultCode").isTextual())
                .as("Daraja's R codes are strings")
                .isTrue();
        assertThat(again.path("ResultCode").asText()).isEqualTo("R000001");
        assertThat(unknown.path("ResultCode").asText()).isEqualTo("R000002");
        assertThat(fieldNames(again)).doesNotContain("ResultParameters");
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("500");

        assertGatewayError(
                daraja.post(REVERSAL, daraja.reversal(receipt, 1).put("RecieverIdentifierType", "4")),
                400,
                "400.002.02",
                "Bad Request - Invalid RecieverIdentifierType");
        var spelledRight = daraja.reversal(receipt, 1);
        spelledRight.set("ReceiverIdentifierType", spelledRight.remove("RecieverIdentifierType"));
        assertGatewayError(
                daraja.post(REVERSAL, spelledRight), 400, "400.002.02", "Bad Request - Invalid RecieverIdentifierType");
    }

    @Test
    void givenAPartlyReversibleCollection_whenMoreThanItsRestIsReversed_thenRefused() throws Exception {
        String receipt = daraja.collect(1000);
        daraja.post(REVERSAL, daraja.reversal(receipt, 400));
        daraja.post(REVERSAL, daraja.reversal(receipt, 601));
        assertThat(daraja.lastResult(DarajaFixture.RESULT, 1)
                        .path("Result")
                        .path("ResultCode")
                        .asInt())
                .isZero();
        assertThat(daraja.lastResult(DarajaFixture.RESULT, 2)
                        .path("Result")
                        .path("ResultCode")
                        .asText())
                .isEqualTo("R000002");
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("600");
    }

    @Test
    void givenMoneyInTheUtilityAccount_whenTheBalanceIsAsked_thenTheAccountBalanceParameterListsTheAccounts()
            throws Exception {
        daraja.collect(1234);
        DarajaFixture.Answer ack = daraja.post(BALANCE, daraja.balance());
        assertThat(ack.body().path("ResponseCode").asText()).isEqualTo("0");

        Map<String, JsonNode> parameters =
                parameters(daraja.lastResult(DarajaFixture.RESULT, 1).path("Result"));
        Map<String, String> accounts = new HashMap<>();
        for (String account : parameters.get("AccountBalance").asText().split("&")) {
            String[] fields = account.split("\\|");
            assertThat(fields).hasSize(6);
            assertThat(fields[1]).isEqualTo("KES");
            accounts.put(fields[0], fields[2]);
        }
        assertThat(accounts).containsEntry("Utility Account", "1234.00").containsKey("Working Account");
        assertThat(parameters.get("BOCompletedTime").asLong()).isEqualTo(20261130101530L);
        assertGatewayError(
                daraja.post(BALANCE, daraja.balance().put("CommandID", "Balance")),
                400,
                "400.002.02",
                "Bad Request - Invalid CommandID");
    }

    static Map<String, JsonNode> parameters(JsonNode result) {
        Map<String, JsonNode> parameters = new HashMap<>();
        for (JsonNode p : result.path("ResultParameters").path("ResultParameter")) {
            parameters.put(p.path("Key").asText(), p.path("Value"));
        }
        return parameters;
    }
}
