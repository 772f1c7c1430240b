package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole service as `java -jar` starts it, driven only over HTTP, on H2 and on PostgreSQL; the payment journeys on
 * each local payment provider (M-Pesa Daraja, the default, and Africa's Talking).
 */
class ServiceEndToEndTest {

    private static final Map<String, Object> RANDOM_PORT = Map.of("micronaut.server.port", -1);
    private static final String CREATE = """
            {"transcript": "50 bags of maize at 3500 each, delivered to Nakuru by 20 December",
             "parties": [{"phone": "0712 345 678", "role": "buyer", "name": "Amina"},
                         {"phone": "+254722000111", "role": "seller", "name": "John"}],
             "contract_type": "agricultural_supply",
             "terms": {"product": "Maize", "quantity": 50, "unit": "bags", "unit_price": 3500, "currency": "KES",
                       "delivery_location": "Nakuru", "delivery_deadline": "%s"}}
            """.formatted(java.time.LocalDate.now().plusMonths(1));

    @TempDir
    Path dataDir;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ApplicationContext context, HttpResponse<String> response)
            throws IOException {
        return context.getBean(JsonMapper.class).readValue(response.body(), Map.class);
    }

    /** Creates a contract, has both parties confirm it, and returns its id. */
    private static String createAndConfirm(ApplicationContext context, String key) throws IOException {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpResponse<String> created = Http.post(base, "/api/v1/contracts/create", key, CREATE);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) json(context, created).get("contract_id");

        assertThat(json(context, Http.get(base, "/api/v1/contracts?phone_number=%2B254712345678&status=pending", key)))
                .containsEntry("total", 1);
        assertThat(Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0712345678", key, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(json(
                        context,
                        Http.post(
                                base,
                                "/api/v1/contracts/" + id + "/confirm",
                                key,
                                "{\"phone_number\": \"+254722000111\"}")))
                .containsEntry("all_signed", true);
        return id;
    }

    @Test
    void givenEmbeddedDefault_whenContractConfirmedAndServiceRestarted_thenItIsStillConfirmedAndTheAuditIntact()
            throws IOException {
        Map<String, String> env = Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0");
        String id;
        String key;
        try (ApplicationContext first = Application.start(env, RANDOM_PORT)) {
            Path keyFile = dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE);
            assertThat(Files.getPosixFilePermissions(keyFile))
                    .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            key = Files.readString(keyFile).strip();
            assertThat(Http.get(first.getBean(EmbeddedServer.class).getURI(), "/api/v1/contracts", null)
                            .statusCode())
                    .isEqualTo(401);
            id = createAndConfirm(first, key);
        }
        assertThat(dataDir.resolve("voicepact.mv.db")).exists();

        try (ApplicationContext second = Application.start(env, RANDOM_PORT)) {
            URI base = second.getBean(EmbeddedServer.class).getURI();
            assertThat(Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                            .strip())
                    .as("the key is kept, not regenerated")
                    .isEqualTo(key);
            Map<String, Object> contract = json(second, Http.get(base, "/api/v1/contracts/" + id, key));
            assertThat(contract).containsEntry("status", "confirmed");
            Map<String, Object> status = json(second, Http.get(base, "/api/v1/contracts/" + id + "/status", key));
            assertThat((Map<String, Object>) status.get("progress")).containsEntry("complete", true);
            assertThat(json(second, Http.get(base, "/api/v1/audit/verify", key)))
                    .containsEntry("intact", true)
                    .containsEntry("entries_checked", 3);
            Map<String, Object> health = json(second, Http.get(base, "/health", null));
            assertThat(health).containsEntry("status", "healthy");
        }
    }

    @ParameterizedTest
    @EnumSource(LocalPayments.class)
    void givenNoProviderCredentials_whenStarted_thenTheLocalSandboxesCarryCheckoutCallbackAndSms(LocalPayments payments)
            throws Exception {
        Map<String, String> env =
                payments.environment(Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"));
        try (ApplicationContext service =
                Application.start(env, Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox sandbox = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            HttpResponse<String> created = Http.post(base, "/api/v1/contracts/create", key, """
                    {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                     "terms": {"product": "Beans", "total_amount": 5000, "currency": "KES"}}""");
            String id = (String) json(service, created).get("contract_id");
            Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0712345678", key, null);
            Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0722000111", key, null);
            HttpResponse<String> checkout = Http.post(
                    base,
                    "/api/v1/payments/checkout",
                    key,
                    "{\"contract_id\": \"%s\", \"phone_number\": \"0712345678\", \"amount\": 5000}".formatted(id));
            assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
            String providerId = (String) json(service, checkout).get("external_transaction_id");

            payments.payerApproves(service, "+254712345678", providerId);
            Eventually.await(
                    "the contract funded",
                    () -> "active"
                            .equals(Eventually.quietly(
                                    () -> json(service, Http.get(base, "/api/v1/contracts/" + id, key))
                                            .get("status"))));
            Eventually.await(
                    "the escrow funded SMS",
                    () -> sandbox.inbox("+254712345678").stream()
                            .anyMatch(m -> m.text().startsWith("VoicePact Escrow Funded:")));
            Map<String, Object> services = (Map<String, Object>)
                    json(service, Http.get(base, "/health", null)).get("services");
            assertThat(services)
                    .containsEntry("payment_service", "healthy")
                    .containsEntry("sms_service", "healthy")
                    .containsEntry("sms_given_up", "0")
                    .containsKey("outbox_pending");
            HttpResponse<String> reset = Http.post(base, "/api/v1/admin/circuits/payments/reset", key, null);
            if (payments == LocalPayments.MPESA) {
                assertThat(services)
                        .as("Daraja: no circuit, whether it answered")
                        .doesNotContainKey("payment_circuit")
                        .containsEntry("payment_provider", "mpesa")
                        .containsEntry("payment_daraja", "answering");
                assertThat(reset.statusCode()).as(reset.body()).isEqualTo(400);
                assertThat(json(service, reset).get("reason"))
                        .asString()
                        .contains("no circuit 'payments'")
                        .contains("payments go through another provider");
            } else {
                assertThat(services).containsEntry("payment_circuit", "CLOSED");
                assertThat(json(service, reset)).containsEntry("payments", "CLOSED");
            }
        }
    }

    /** A contract whose buyer is the sandbox's always-paying phone, confirmed by both parties. */
    private static String confirmedContractPaidBySandboxPhone(ApplicationContext context, String key, String payer)
            throws IOException {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpResponse<String> created = Http.post(base, "/api/v1/contracts/create", key, """
                {"parties": [{"phone": "%s", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                 "terms": {"product": "Beans", "total_amount": 500, "currency": "KES"}}""".formatted(payer));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = (String) json(context, created).get("contract_id");
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=" + payer.replace("+", "%2B"), key, null);
        Http.post(base, "/api/v1/contracts/" + id + "/confirm?phone_number=0722000111", key, null);
        return id;
    }

    /** Checks out the whole contract from the always-paying phone and waits until the payment is locked. */
    private static String paidAndLocked(ApplicationContext context, String key, String contract, String payer)
            throws Exception {
        URI base = context.getBean(EmbeddedServer.class).getURI();
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                key,
                "{\"contract_id\": \"%s\", \"phone_number\": \"%s\", \"amount\": 500}".formatted(contract, payer));
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
        String transaction = (String) json(context, checkout).get("transaction_id");
        Eventually.await(
                "payment " + transaction + " locked",
                () -> "locked"
                        .equals(Eventually.quietly(
                                () -> json(context, Http.get(base, "/api/v1/payments/status/" + transaction, key))
                                        .get("status"))));
        assertThat(json(context, Http.get(base, "/api/v1/contracts/" + contract, key)))
                .containsEntry("status", "active");
        return (String) json(context, Http.get(base, "/api/v1/payments/status/" + transaction, key))
                .get("external_transaction_id");
    }

    @ParameterizedTest
    @EnumSource(LocalPayments.class)
    void
            givenTheEmbeddedDefaultRestartedOnItsDataDirectory_whenTheAlwaysPayingPhoneChecksOutAgain_thenTheNewPaymentIsLocked(
                    LocalPayments payments) throws Exception {
        Map<String, String> env =
                payments.environment(Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"));
        String payer = payments.alwaysPays();
        Map<String, Object> properties = Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms");
        String firstProviderId;
        try (ApplicationContext first = Application.start(env, properties)) {
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            firstProviderId = paidAndLocked(first, key, confirmedContractPaidBySandboxPhone(first, key, payer), payer);
        }
        try (ApplicationContext second = Application.start(env, properties)) {
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();
            String secondProviderId =
                    paidAndLocked(second, key, confirmedContractPaidBySandboxPhone(second, key, payer), payer);
            assertThat(secondProviderId)
                    .as("the restarted sandbox hands out a new provider id")
                    .isNotEqualTo(firstProviderId);
        }
    }

    @Test
    void givenDatabaseUrlAndApiKeyHashes_whenStarted_thenItRunsOnPostgres() throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String key = "operator-key-for-the-postgres-run";
            Map<String, String> env = Map.of(
                    "DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "DATABASE_USERNAME", "postgres",
                    "DATABASE_PASSWORD", "postgres",
                    "VOICEPACT_API_KEYS",
                            "0000000000000000000000000000000000000000000000000000000000000000, "
                                    + OperatorKeys.sha256Hex(key),
                    "VOICEPACT_AUDIT_KEY", "an-audit-key-of-at-least-thirty-two-bytes",
                    "VOICEPACT_DATA_DIR", dataDir.toString(),
                    "VOICEPACT_SANDBOX_PORT", "0");
            try (ApplicationContext service = Application.start(env, RANDOM_PORT)) {
                URI base = service.getBean(EmbeddedServer.class).getURI();
                String id = createAndConfirm(service, key);
                assertThat(json(service, Http.get(base, "/api/v1/contracts/" + id, key)))
                        .containsEntry("status", "confirmed");
                assertThat(json(service, Http.get(base, "/info", null))).containsEntry("environment", "production");
                assertThat(Http.get(base, "/api/v1/contracts", "wrong").statusCode())
                        .isEqualTo(401);
            }
            assertThat(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .as("no key is generated when keys are configured")
                    .doesNotExist();
        }
    }
}
