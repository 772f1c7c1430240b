package com.voicepact.sandbox.mpesa;

import static com.voicepact.sandbox.mpesa.DarajaAuthTest.assertGatewayError;
import static com.voicepact.sandbox.mpesa.DarajaAuthTest.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** M-Pesa Express: the push's checks and answer, the asynchronous {@code Body.stkCallback}, test payers, the query. */
class StkPushTest {

    private static final String PUSH = "/mpesa/stkpush/v1/processrequest";
    private static final String QUERY = "/mpesa/stkpushquery/v1/query";
    private final DarajaFixture daraja = new DarajaFixture(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void givenThePayingTestPayer_whenPushed_thenAcceptedAndLaterAPaidCallbackInDarajasExactShape() throws Exception {
        DarajaFixture.Answer answer = daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 250));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(fieldNames(answer.body()))
                .containsExactly(
                        "MerchantRequestID",
                        "CheckoutRequestID",
                        "ResponseCode",
                        "ResponseDescription",
                        "CustomerMessage");
        assertThat(answer.body())
                .allSatisfy(field -> assertThat(field.isTextual()).isTrue());
        assertThat(answer.body().path("ResponseCode").asText()).isEqualTo("0");
        assertThat(answer.body().path("ResponseDescription").asText())
                .isEqualTo("Success. Request accepted for processing");
        assertThat(answer.body().path("MerchantRequestID").asText()).matches("\\d{5}-\\d{8}-1");
        assertThat(answer.body().path("CheckoutRequestID").asText()).matches("ws_CO_301120261015\\d{15}");

        CallbackReceiver.Received received =
                daraja.app.await(DarajaFixture.STK_CALLBACK, 1).get(0);
        assertThat(received.contentType()).startsWith("application/json");
        JsonNode root = daraja.json.readTree(received.body());
        assertThat(fieldNames(root)).containsExactly("Body");
        assertThat(fieldNames(root.path("Body"))).containsExactly("stkCallback");
        JsonNode stk = root.path("Body").path("stkCallback");
        assertThat(fieldNames(stk))
                .containsExactly(
                        "MerchantRequestID", "CheckoutRequestID", "ResultCode", "ResultDesc", "CallbackMetadata");
        assertThat(stk.path("MerchantRequestID").asText())
                .isEqualTo(answer.body().path("MerchantRequestID").asText());
        assertThat(stk.path("CheckoutRequestID").asText())
                .isEqualTo(answer.body().path("CheckoutRequestID").asText());
        assertThat(stk.path("ResultCode").isInt())
                .as("a number in the callback")
                .isTrue();
        assertThat(stk.path("ResultCode").asInt()).isZero();
        assertThat(stk.path("ResultDesc").asText()).isEqualTo("The service request is processed successfully.");
        JsonNode items = stk.path("CallbackMetadata").path("Item");
        assertThat(items.findValuesAsText("Name"))
                .containsExactly("Amount", "MpesaReceiptNumber", "Balance", "TransactionDate", "PhoneNumber");
        assertThat(received.body())
                .contains("{\"Name\":\"Amount\",\"Value\":250.00}")
                .contains("{\"Name\":\"Balance\"}")
                .contains("{\"Name\":\"TransactionDate\",\"Value\":20261130101530}")
                .contains("{\"Name\":\"PhoneNumber\",\"Value\":254708374149}");
        assertThat(items.get(1).path("Value").asText()).matches("[A-Z0-9]{10}");
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("250");
    }

    @Test
    void givenTheTestPayersThatFail_whenPushed_thenTheirResultCodesAndNoMetadata() throws Exception {
        Map<String, Integer> payers =
                Map.of(TestPayers.WRONG_PIN, 2001, TestPayers.CANCELS, 1032, TestPayers.INSUFFICIENT, 1);
        for (String payer : payers.keySet()) {
            daraja.post(PUSH, daraja.stkPush(payer, 100));
        }
        List<CallbackReceiver.Received> callbacks = daraja.app.await(DarajaFixture.STK_CALLBACK, 3);
        assertThat(callbacks).hasSize(3);
        for (CallbackReceiver.Received callback : callbacks) {
            JsonNode stk = daraja.json.readTree(callback.body()).path("Body").path("stkCallback");
            assertThat(fieldNames(stk))
                    .containsExactly("MerchantRequestID", "CheckoutRequestID", "ResultCode", "ResultDesc");
        }
        assertThat(callbacks.stream().map(c -> resultCode(c.body())).toList()).containsExactlyInAnyOrder(2001, 1032, 1);
        assertThat(descriptions(callbacks))
                .contains(
                        "The initiator information is invalid.",
                        "Request cancelled by user",
                        "The balance is insufficient for the transaction.");
        assertThat(daraja.sandbox.utilityAccount()).isZero();
    }

    @Test
    void givenABadField_whenPushed_thenDarajasBadRequestNamingIt() throws Exception {
        Map<String, Consumer<ObjectNode>> bad = new java.util.LinkedHashMap<>();
        bad.put("BusinessShortCode", b -> b.put("BusinessShortCode", "600000"));
        bad.put("Timestamp", b -> b.put("Timestamp", "2026-11-30 10:15:30"));
        bad.put("TransactionType", b -> b.put("TransactionType", "PayBill"));
        bad.put("Amount", b -> b.put("Amount", 0));
        bad.put("PartyA", b -> b.put("PartyA", "0712345678"));
        bad.put("PhoneNumber", b -> b.put("PhoneNumber", "+254708374149"));
        bad.put("CallBackURL", b -> b.put("CallBackURL", "not a url"));
        bad.put("AccountReference", b -> b.put("AccountReference", "ABCDEFGHIJKLM"));
        bad.put("TransactionDesc", b -> b.put("TransactionDesc", "ABCDEFGHIJKLMN"));
        for (Map.Entry<String, Consumer<ObjectNode>> field : bad.entrySet()) {
            ObjectNode body = daraja.stkPush(TestPayers.PAYS, 10);
            field.getValue().accept(body);
            assertGatewayError(daraja.post(PUSH, body), 400, "400.002.02", "Bad Request - Invalid " + field.getKey());
        }
        List<Consumer<ObjectNode>> badAmounts = List.of(
                b -> b.put("Amount", 1.5),
                b -> b.put("Amount", 250_001),
                b -> b.put("Amount", "ten"),
                b -> b.remove("Amount"));
        for (Consumer<ObjectNode> amount : badAmounts) {
            ObjectNode body = daraja.stkPush(TestPayers.PAYS, 10);
            amount.accept(body);
            assertGatewayError(daraja.post(PUSH, body), 400, "400.002.02", "Bad Request - Invalid Amount");
        }
        ObjectNode forbiddenWord =
                daraja.stkPush(TestPayers.PAYS, 10).put("CallBackURL", daraja.app.url("/mpesa/callback"));
        assertGatewayError(daraja.post(PUSH, forbiddenWord), 400, "400.002.02", "Bad Request - Invalid CallBackURL");
        assertThat(daraja.app.all()).isEmpty();
    }

    @Test
    void givenAWrongPasswordOrAUtcTimestamp_whenPushed_thenWrongCredentialsOrAnInvalidTimestamp() throws Exception {
        assertGatewayError(
                daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 10).put("Password", "d3Jvbmc=")),
                500,
                "500.001.1001",
                "Wrong credentials");
        String utc = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .format(java.time.LocalDateTime.ofInstant(daraja.clock.instant(), java.time.ZoneOffset.UTC));
        ObjectNode inUtc =
                daraja.stkPush(TestPayers.PAYS, 10).put("Timestamp", utc).put("Password", DarajaFixture.password(utc));
        assertGatewayError(daraja.post(PUSH, inUtc), 400, "400.002.02", "Bad Request - Invalid Timestamp");
    }

    @Test
    void givenTheLimits_whenOneAnd250000Shillings_thenBothAccepted_andBuyGoodsToo() throws Exception {
        assertThat(daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 1)).status())
                .isEqualTo(200);
        assertThat(daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 250_000).put("Amount", "250000"))
                        .status())
                .isEqualTo(200);
        assertThat(daraja.post(
                                PUSH,
                                daraja.stkPush(TestPayers.PAYS, 7)
                                        .put("TransactionType", "CustomerBuyGoodsOnline")
                                        .put("PartyB", "5566778"))
                        .status())
                .isEqualTo(200);
        daraja.app.await(DarajaFixture.STK_CALLBACK, 3);
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("250008");
    }

    @Test
    void givenTheSameAmountToTheSamePayerWithinTwoMinutes_whenPushedAgain_thenResult17_andAfterTwoMinutesItPays()
            throws Exception {
        daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 500));
        daraja.clock.advance(Duration.ofSeconds(119));
        daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 500));
        daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 501));
        daraja.clock.advance(Duration.ofSeconds(121));
        daraja.post(PUSH, daraja.stkPush(TestPayers.PAYS, 500));

        List<CallbackReceiver.Received> callbacks = daraja.app.await(DarajaFixture.STK_CALLBACK, 4);
        assertThat(callbacks.stream().map(c -> resultCode(c.body())).sorted().toList())
                .containsExactly(0, 0, 0, 17);
        assertThat(descriptions(callbacks)).contains("Rule limited.");
        assertThat(daraja.sandbox.utilityAccount()).isEqualByComparingTo("1501");
    }

    @Test
    void givenAPayerStillDeciding_whenQueried_thenBeingProcessed_andOnceAnsweredTheResultAsStrings() throws Exception {
        String phone = "254712345678";
        String id = daraja.post(PUSH, daraja.stkPush(phone, 300))
                .body()
                .path("CheckoutRequestID")
                .asText();

        DarajaFixture.Answer deciding = daraja.post(QUERY, daraja.stkQuery(id));
        assertGatewayError(deciding, 500, "500.001.1001", "The transaction is being processed");
        assertThat(deciding.body().path("requestId").asText())
                .as("Daraja echoes the checkout id")
                .isEqualTo(id);

        assertThat(daraja.sandbox.answer(id, PromptAnswer.CANCEL)).isTrue();
        DarajaFixture.Answer answered = daraja.post(QUERY, daraja.stkQuery(id));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(fieldNames(answered.body()))
                .containsExactly(
                        "ResponseCode",
                        "ResponseDescription",
                        "MerchantRequestID",
                        "CheckoutRequestID",
                        "ResultCode",
                        "ResultDesc");
        assertThat(answered.body())
                .allSatisfy(field -> assertThat(field.isTextual()).isTrue());
        assertThat(answered.body().path("ResultCode").asText()).isEqualTo("1032");
        assertThat(answered.body().path("ResultDesc").asText()).isEqualTo("Request cancelled by user");
        assertThat(answered.body().path("CheckoutRequestID").asText()).isEqualTo(id);

        assertGatewayError(
                daraja.post(QUERY, daraja.stkQuery("ws_CO_000")),
                400,
                "400.002.02",
                "Bad Request - Invalid CheckoutRequestID");
        assertGatewayError(
                daraja.post(QUERY, daraja.stkQuery(id).put("Password", "eA==")),
                500,
                "500.001.1001",
                "Wrong credentials");
    }

    static int resultCode(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(body)
                    .path("Body")
                    .path("stkCallback")
                    .path("ResultCode")
                    .asInt();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> descriptions(List<CallbackReceiver.Received> callbacks) throws Exception {
        List<String> descriptions = new java.util.ArrayList<>();
        for (CallbackReceiver.Received c : callbacks) {
            descriptions.add(daraja.json
                    .readTree(c.body())
                    .path("Body")
                    .path("stkCallback")
                    .path("ResultDesc")
                    .asText());
        }
        return descriptions;
    }
}
