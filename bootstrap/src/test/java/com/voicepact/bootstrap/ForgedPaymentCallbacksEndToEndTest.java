package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: "an unsigned Success posted from an allowed address for an STK push the payer never approved locks the
 * payment, activates the contract and later pays the seller out of the wallet". With AT payments
 * ({@code PAYMENT_PROVIDER=africastalking}, the local AT sandbox, over HTTP), such a callback now changes nothing: while the payer has not answered it waits for the provider's
 * word, and once the payer declined it is flagged for an operator. The sandbox's own callback for an approved checkout
 * still funds the contract, once.
 */
class ForgedPaymentCallbacksEndToEndTest {

    @TempDir
    Path dataDir;

    private static String forgedSuccess(String providerId, String amount) {
        return """
                {"transactionId": "%s", "category": "MobileCheckout", "provider": "Mpesa", "providerChannel": "525900",
                 "status": "Success", "value": "KES %s.0000", "description": "Received"}""".formatted(providerId, amount);
    }

    private static String confirmedContract(ApplicationContext service, URI base, String key) throws IOException {
        String created = Http.post(base, "/api/v1/contracts/create", key, """
                {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                 "terms": {"product": "Maize", "quantity": 10, "unit": "bags", "unit_price": 900, "currency": "KES"}}""").body();
        String id = (String) json(service, created).get("contract_id");
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0712345678", key, null);
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0722000111", key, null);
        return id;
    }

    private static String status(ApplicationContext service, URI base, String key, String path) {
        try {
            return (String) json(service, Http.get(base, path, key).body()).get("status");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenTheEmbeddedDefault_whenAnUnsignedSuccessIsPostedForAnUnapprovedCheckout_thenNothingMovesAndItIsFlagged()
            throws Exception {
        try (ApplicationContext service = Application.start(
                Map.of(
                        "VOICEPACT_DATA_DIR",
                        dataDir.toString(),
                        "VOICEPACT_SANDBOX_PORT",
                        "0",
                        "PAYMENT_PROVIDER",
                        "africastalking"),
                Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            String id = confirmedContract(service, base, key);
            Map<String, Object> checkout = json(
                    service,
                    Http.post(
                                    base,
                                    "/api/v1/payments/checkout",
                                    key,
                                    "{\"contract_id\": \"" + id
                                            + "\", \"phone_number\": \"0712345678\", \"amount\": 9000}")
                            .body());
            String providerId = (String) checkout.get("external_transaction_id");
            String payment = "/api/v1/payments/status/" + checkout.get("transaction_id");

            HttpResponse<String> whilePending =
                    Http.post(base, "/api/v1/payments/webhook", null, forgedSuccess(providerId, "9000"));
            assertThat(whilePending.statusCode()).as(whilePending.body()).isEqualTo(200);
            assertThat(json(service, whilePending.body())).containsEntry("outcome", "awaiting_confirmation");
            assertThat(status(service, base, key, payment)).isEqualTo("pending");

            assertThat(at.decline(providerId)).isTrue();
            await(
                    "the decline applied",
                    () -> status(service, base, key, payment).equals("failed"));
            HttpResponse<String> forged =
                    Http.post(base, "/api/v1/payments/webhook", null, forgedSuccess(providerId, "9000"));
            assertThat(json(service, forged.body())).containsEntry("outcome", "mismatch");

            assertThat(status(service, base, key, payment)).isEqualTo("failed");
            assertThat(status(service, base, key, "/api/v1/contracts/" + id)).isEqualTo("confirmed");
            assertThat(Http.get(base, "/api/v1/payments/events/flagged", key).body())
                    .contains(providerId, "mismatch", "the provider does not confirm it");

            Map<String, Object> paid = json(
                    service,
                    Http.post(
                                    base,
                                    "/api/v1/payments/checkout",
                                    key,
                                    "{\"contract_id\": \"" + id
                                            + "\", \"phone_number\": \"0712345678\", \"amount\": 9000}")
                            .body());
            assertThat(at.approve((String) paid.get("external_transaction_id"))).isTrue();
            await(
                    "the contract funded by the real callback",
                    () -> status(service, base, key, "/api/v1/contracts/" + id).equals("active"));
            HttpResponse<String> again = Http.post(
                    base,
                    "/api/v1/payments/webhook",
                    null,
                    forgedSuccess((String) paid.get("external_transaction_id"), "9000"));
            assertThat(json(service, again.body())).as("the real event, resent").containsEntry("outcome", "duplicate");
            assertThat(at.wallet()).isEqualByComparingTo("9000");
        }
    }
}
