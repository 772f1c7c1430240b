package com.voicepact.sandbox.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OAuth client credentials and the bearer token every other call needs, with Daraja's refusals. */
class DarajaAuthTest {

    private final DarajaFixture daraja = new DarajaFixture(Duration.ofSeconds(30));

    @AfterEach
    void stop() {
        daraja.close();
    }

    @Test
    void givenTheConsumerKeyAndSecret_whenATokenIsAsked_thenDarajasShapeWithExpiresInAsAString() throws Exception {
        DarajaFixture.Answer answer = daraja.get(
                "/oauth/v1/generate?grant_type=client_credentials",
                DarajaFixture.basic(DarajaFixture.KEY, DarajaFixture.SECRET));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(fieldNames(answer.body())).containsExactly("access_token", "expires_in");
        assertThat(answer.body().path("access_token").isTextual()).isTrue();
        assertThat(answer.body().path("access_token").asText()).matches("[A-Za-z0-9]{28}");
        assertThat(answer.body().path("expires_in").isTextual())
                .as("Daraja sends a string")
                .isTrue();
        assertThat(answer.body().path("expires_in").asText()).isEqualTo("3599");
        RecordedRequest recorded = daraja.sandbox.requests().get(0);
        assertThat(recorded.path()).isEqualTo("/oauth/v1/generate");
        assertThat(recorded.query()).isEqualTo("grant_type=client_credentials");
        assertThat(recorded.header("authorization")).startsWith("Basic ");
    }

    @Test
    void givenWrongCredentialsOrGrantType_whenATokenIsAsked_thenRefusedInTheGatewayShape() throws Exception {
        DarajaFixture.Answer wrongSecret = daraja.get(
                "/oauth/v1/generate?grant_type=client_credentials", DarajaFixture.basic(DarajaFixture.KEY, "guess"));
        DarajaFixture.Answer none = daraja.get("/oauth/v1/generate?grant_type=client_credentials", null);
        DarajaFixture.Answer grant = daraja.get(
                "/oauth/v1/generate?grant_type=password", DarajaFixture.basic(DarajaFixture.KEY, DarajaFixture.SECRET));

        for (DarajaFixture.Answer refused : List.of(wrongSecret, none)) {
            assertGatewayError(refused, 400, "400.008.01", "Invalid Authentication passed");
        }
        assertGatewayError(grant, 400, "400.008.02", "Invalid grant type passed");
    }

    @Test
    void givenNoUnknownOrExpiredToken_whenAnApiIsCalled_thenInvalidAccessToken404() throws Exception {
        JsonNode push = daraja.stkPush(TestPayers.PAYS, 10);
        String path = "/mpesa/stkpush/v1/processrequest";
        assertGatewayError(daraja.postAs(path, push.toString(), null), 404, "404.001.03", "Invalid Access Token");
        assertGatewayError(
                daraja.postAs(path, push.toString(), "Bearer not-a-token"), 404, "404.001.03", "Invalid Access Token");
        assertThat(daraja.post(path, push).status()).as("a fresh token works").isEqualTo(200);

        daraja.clock.advance(Duration.ofSeconds(3599));
        JsonNode later = daraja.stkPush(TestPayers.PAYS, 11);
        assertGatewayError(
                daraja.postAs(path, later.toString(), "Bearer " + daraja.token()),
                404,
                "404.001.03",
                "Invalid Access Token");
        assertThat(daraja.app.await(DarajaFixture.STK_CALLBACK, 1)).hasSize(1);
    }

    @Test
    void givenAnUnknownPathOrABrokenBodyOrASpikeArrest_whenCalled_thenDarajasGatewayErrors() throws Exception {
        assertGatewayError(
                daraja.post("/mpesa/unknown/v1/thing", daraja.balance()), 404, "404.001.01", "Resource not found");
        assertGatewayError(
                daraja.postAs("/mpesa/stkpush/v1/processrequest", "{not json", "Bearer " + daraja.token()),
                400,
                "400.002.05",
                "Invalid Request Payload");
        daraja.sandbox.faults().spikeArrests(1);
        assertGatewayError(
                daraja.post("/mpesa/accountbalance/v1/query", daraja.balance()),
                500,
                "500.003.02",
                "Spike arrest violation");
        assertThat(daraja.post("/mpesa/accountbalance/v1/query", daraja.balance())
                        .status())
                .as("only the next call")
                .isEqualTo(200);
    }

    static void assertGatewayError(DarajaFixture.Answer answer, int status, String code, String message) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(fieldNames(answer.body())).containsExactly("requestId", "errorCode", "errorMessage");
        assertThat(answer.body().path("requestId").isTextual()).isTrue();
        assertThat(answer.body().path("errorCode").asText()).isEqualTo(code);
        assertThat(answer.body().path("errorMessage").asText()).isEqualTo(message);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
