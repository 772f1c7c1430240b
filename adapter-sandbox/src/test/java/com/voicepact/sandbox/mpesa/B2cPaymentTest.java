package com.voicepact.sandbox.mpesa;

import static com.voicepact.sandbox.mpesa.DarajaAuthTest.assertGatewayError;
import static com.voicepact.sandbox.mpesa.DarajaAuthTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** B2C v3: checks, the acknowledgement, the Result callback, the utility account that really moves, the duplicate guard. */
class B2cPaymentTest {

    static final String B2C = "/mpesa/b2c/v3/paymentrequest";
    private final DarajaFixture daraja = new DarajaFixture(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void givenAFundedUtilityAccount_whenPaidOut_thenAcknowledgedAndLaterAResultInDarajasExactShape() throws Exception {
        daraja.collect(1000);
        DarajaFixture.Answer ack = daraja.post(B2C, daraja.b2c("PO-AG-1-1", "254722000111", 400));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(fieldNames(ack.body()))
                .containsExactly("ConversationID", "OriginatorConversationID", "ResponseCode", "ResponseDescription");
        assertThat(ack.body()).allSatisfy(field -> assertThat(field.isTextual()).isTrue());
        assertThat(ack.body().path("OriginatorConversationID").asText()).isEqualTo("PO-AG-1-1");
        assertThat(ack.body().path("ConversationID").asText()).matches("AG_20261130_[0-9a-f]{20}");
        assertThat(ack.body().path("ResponseCode").asText()).isEqualTo("0");
        assertThat(ack.body().path("ResponseDescription").asText())
                .isEqualTo("Accept the service request successfully.");

        CallbackReceiver.Received received =
                daraja.app.await(DarajaFixture.RESULT, 1).get(0);
        JsonNode result = daraja.json.readTree(received.body()).path("Result");
        assertThat(fieldNames(daraja.json.readTree(received.body()))).containsExactly("Result");
        assertThat(fieldNames(result))
                .containsExactly(
                        "ResultType",
                        "ResultCode",
                        "ResultDesc",
                        "OriginatorConversationID",
                        "ConversationID",
                        "TransactionID",
                        "ResultParameters",
                        "ReferenceData");
        assertThat(result.path("ResultType").isInt()).isTrue();
        assertThat(result.path("ResultCode").isInt()).as("a number").isTrue();
        assertThat(result.path("ResultCode").asInt()).isZero();
        assertThat(result.path("ConversationID").asText())
                .isEqualTo(ack.body().path("ConversationID").asText());
        assertThat(result.path("TransactionID").asText()).matches("[A-Z0-9]{10}");
        JsonNode parameters = result.path("ResultParameters").path("ResultParameter");
        assertThat(parameters.findValuesAsText("Key"))
                .containsExactly(
                        "TransactionAmount",
                        "TransactionReceipt",
                        "B2CRecipientIsRegisteredCustomer",
                        "B2CChargesPaidAccountAvailableFunds",
                        "ReceiverPartyPublicName",
                        "TransactionCompletedDateTime",
                        "B2CUtilityAccountAvailableFunds",
                        "B2CWorkingAccountAvailableFunds");
        assertThat(received.body())
                .contains("{\"Key\":\"TransactionAmount\",\"Value\":400}")
                .contains("{\"Key\":\"TransactionReceipt\",\"Value\":\""
                        + result.path("TransactionID").asText() + "\"}")
                .contains("{\"Key\":\"ReceiverPartyPublicName\",\"Value\":\"254722000111 - ")
                .contains("{\"Key\":\"TransactionCompletedDateTime\",\"Value\":\"30.11.2026 10:15:30\"}")
                .contains("{\"Key\":\"B2CUtilityAccountAvailableFunds\",\"Value\":600.00}");
        assertThat(fieldNames(result.path("ReferenceData").path("ReferenceItem")))
                .containsExactly("Key", "Value");
        assertThat(result.path("ReferenceData")
                        .path("ReferenceItem")
                        .path("Key")
                        .asText())
                .isEqualTo("QueueTimeoutURL");
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("600");
    }

    @Test
    void givenAnOriginatorConversationIdAlreadyUsed_whenPaidAgain_thenRefusedWith500002_andPaidOnce() throws Exception {
        daraja.collect(1000);
        assertThat(daraja.post(B2C, daraja.b2c("PO-1", "254722000111", 100)).status())
                .isEqualTo(200);

        DarajaFixture.Answer again = daraja.post(B2C, daraja.b2c("PO-1", "254722000111", 100));

        assertGatewayError(again, 500, "500.002.1001", "Duplicate OriginatorConversationID.");
        assertThat(daraja.app.await(DarajaFixture.RESULT, 1)).hasSize(1);
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("900");
    }

    @Test
    void givenTooLittleInTheAccountOrAmountsOutsideTheLimits_whenPaidOut_thenResults1_2_3WithoutParameters()
            throws Exception {
        daraja.collect(50);
        daraja.post(B2C, daraja.b2c("PO-low", "254722000111", 51));
        daraja.post(B2C, daraja.b2c("PO-min", "254722000111", 9));
        daraja.post(B2C, daraja.b2c("PO-max", "254722000111", 250_001));

        Map<String, JsonNode> results = new LinkedHashMap<>();
        for (CallbackReceiver.Received r : daraja.app.await(DarajaFixture.RESULT, 3)) {
            JsonNode result = daraja.json.readTree(r.body()).path("Result");
            results.put(result.path("OriginatorConversationID").asText(), result);
        }
        assertThat(results.get("PO-low").path("ResultCode").asInt()).isEqualTo(1);
        assertThat(results.get("PO-low").path("ResultDesc").asText())
                .isEqualTo("The balance is insufficient for the transaction.");
        assertThat(results.get("PO-min").path("ResultCode").asInt()).isEqualTo(2);
        assertThat(results.get("PO-max").path("ResultCode").asInt()).isEqualTo(3);
        for (JsonNode result : results.values()) {
            assertThat(fieldNames(result))
                    .containsExactly(
                            "ResultType",
                            "ResultCode",
                            "ResultDesc",
                            "OriginatorConversationID",
                            "ConversationID",
                            "TransactionID",
                            "ReferenceData");
        }
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("50");
        assertThat(daraja.post(B2C, daraja.b2c("PO-50", "254722000111", 50)).status())
                .isEqualTo(200);
        assertThat(daraja.lastResult(DarajaFixture.RESULT, 4)
                        .path("Result")
                        .path("ResultCode")
                        .asInt())
                .isZero();
        assertThat(daraja.sandbox.utilityAccount()).isZero();
    }

    @Test
    void givenABadField_whenPaidOut_thenDarajasBadRequestNamingIt_andNothingMoves() throws Exception {
        daraja.sandbox.fundUtilityAccount(DarajaFixture.kes("1000"));
        Map<String, Consumer<ObjectNode>> bad = new LinkedHashMap<>();
        bad.put("OriginatorConversationID", b -> b.remove("OriginatorConversationID"));
        bad.put("InitiatorName", b -> b.put("InitiatorName", ""));
        bad.put("SecurityCredential", b -> b.remove("SecurityCredential"));
        bad.put("CommandID", b -> b.put("CommandID", "MobileB2C"));
        bad.put("Amount", b -> b.put("Amount", "100.50"));
        bad.put("PartyA", b -> b.put("PartyA", "174379"));
        bad.put("PartyB", b -> b.put("PartyB", "0722000111"));
        bad.put("Remarks", b -> b.put("Remarks", "x"));
        bad.put("QueueTimeOutURL", b -> b.remove("QueueTimeOutURL"));
        bad.put("ResultURL", b -> b.put("ResultURL", "https://example.com/safaricom/result"));
        for (Map.Entry<String, Consumer<ObjectNode>> field : bad.entrySet()) {
            ObjectNode body = daraja.b2c("PO-bad", "254722000111", 100);
            field.getValue().accept(body);
            assertGatewayError(daraja.post(B2C, body), 400, "400.002.02", "Bad Request - Invalid " + field.getKey());
        }
        assertThat(daraja.post(
                                B2C,
                                daraja.b2c("PO-bad", "254722000111", 100)
                                        .put("Remarks", "x".repeat(100))
                                        .put("CommandID", "SalaryPayment"))
                        .status())
                .as("the refused requests did not use the id")
                .isEqualTo(200);
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("900");
    }
}
