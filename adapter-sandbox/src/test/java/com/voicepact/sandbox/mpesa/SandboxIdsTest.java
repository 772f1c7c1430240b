package com.voicepact.sandbox.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A restarted sandbox must not hand out an id the app already stored from the first run (the stored payments
 * still hold them), and the ids keep Daraja's shapes.
 */
class SandboxIdsTest {

    /** Every id one sandbox run hands out: tokens, checkout and merchant ids, receipts, conversation ids. */
    private static List<String> idsOfOneRun() throws Exception {
        try (DarajaFixture daraja = new DarajaFixture(Duration.ofSeconds(30))) {
            List<String> ids = new ArrayList<>();
            ids.add(daraja.token());
            for (long amount = 100; amount < 105; amount++) {
                JsonNode push = daraja.post("/mpesa/stkpush/v1/processrequest", daraja.stkPush(TestPayers.PAYS, amount))
                        .body();
                ids.add(push.path("CheckoutRequestID").asText());
                ids.add(push.path("MerchantRequestID").asText());
            }
            for (CallbackReceiver.Received callback : daraja.app.await(DarajaFixture.STK_CALLBACK, 5)) {
                ids.add(daraja.json
                        .readTree(callback.body())
                        .path("Body")
                        .path("stkCallback")
                        .path("CallbackMetadata")
                        .path("Item")
                        .get(1)
                        .path("Value")
                        .asText());
            }
            for (int i = 0; i < 3; i++) {
                ids.add(daraja.post(B2cPaymentTest.B2C, daraja.b2c("PO-" + i, "254722000111", 10))
                        .body()
                        .path("ConversationID")
                        .asText());
                JsonNode balance = daraja.post("/mpesa/accountbalance/v1/query", daraja.balance())
                        .body();
                ids.add(balance.path("ConversationID").asText());
                ids.add(balance.path("OriginatorConversationID").asText());
            }
            for (CallbackReceiver.Received result : daraja.app.await(DarajaFixture.RESULT, 6)) {
                JsonNode r = daraja.json.readTree(result.body()).path("Result");
                if (r.path("ResultParameters")
                        .path("ResultParameter")
                        .get(0)
                        .path("Key")
                        .asText()
                        .equals("TransactionAmount")) {
                    ids.add(r.path("TransactionID").asText());
                }
            }
            return ids;
        }
    }

    @Test
    void givenTheSandboxRestarted_whenItHandsOutIdsAgain_thenNoneRepeatsTheFirstRunsAndTheShapesAreDarajas()
            throws Exception {
        List<String> first = idsOfOneRun();
        List<String> second = idsOfOneRun();

        assertThat(first).hasSize(28);
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).as("first run %s, second run %s", first, second).hasSize(first.size() + second.size());
        for (List<String> run : List.of(first, second)) {
            assertThat(run.get(0)).matches("[A-Za-z0-9]{28}");
            assertThat(run.get(1)).matches("ws_CO_\\d{27}");
            assertThat(run.get(2)).matches("\\d{5}-\\d{8}-1");
            assertThat(run.subList(11, 16))
                    .allSatisfy(receipt -> assertThat(receipt).matches("[A-Z0-9]{10}"));
            assertThat(run.get(16)).matches("AG_\\d{8}_[0-9a-f]{20}");
            assertThat(run.subList(25, 28))
                    .allSatisfy(receipt -> assertThat(receipt).matches("[A-Z0-9]{10}"));
        }
    }
}
