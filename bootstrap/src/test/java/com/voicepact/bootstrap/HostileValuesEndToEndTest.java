package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers no database column holds, sent to the whole service on its real databases (H2, the embedded
 * default, and PostgreSQL): a 400 with the allowed range, not a 409 "changed concurrently" carrying the
 * database's words; a payment notification no payment can take is recorded, flagged and answered 200,
 * not refused on every one of the provider's resends.
 */
class HostileValuesEndToEndTest {

    @TempDir
    Path dataDir;

    private static final String DEADLINE = LocalDate.now().plusMonths(1).toString();

    private static String create(String quantity, String unitPrice) {
        return """
                {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                 "terms": {"product": "Maize", "quantity": %s, "unit": "bags", "unit_price": %s, "currency": "KES",
                           "delivery_deadline": "%s"}}""".formatted(quantity, unitPrice, DEADLINE);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(ApplicationContext context, HttpResponse<String> response)
            throws IOException {
        return context.getBean(JsonMapper.class).readValue(response.body(), Map.class);
    }

    private static void refused(ApplicationContext service, HttpResponse<String> answer, String reason)
            throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat((String) json(service, answer).get("reason")).contains(reason);
        assertThat(answer.body().toLowerCase(java.util.Locale.ROOT))
                .as(answer.body())
                .doesNotContain("sql", "numeric", "overflow", "exception", "concurrently", "java.");
    }

    private void hostileValuesAreRefusedOrFlagged(ApplicationContext service, String key) throws IOException {
        URI base = service.getBean(EmbeddedServer.class).getURI();
        refused(
                service,
                Http.post(base, "/api/v1/contracts/create", key, create("50", "1e400")),
                "unit_price must be between 0.01 and 9,999,999,999,999,999.99 KES");
        refused(
                service,
                Http.post(base, "/api/v1/contracts/create", key, create("1e14", "1e15")),
                "total amount (quantity x unit price) must be between 0.01 and 9,999,999,999,999,999.99 KES");
        refused(
                service,
                Http.post(base, "/api/v1/contracts/create", key, create("1e400", "3500")),
                "quantity must be between 0.001 and 999,999,999,999,999.999");

        HttpResponse<String> created = Http.post(base, "/api/v1/contracts/create", key, create("50", "10"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String contract = (String) json(service, created).get("contract_id");
        Http.post(base, "/api/v1/contracts/" + contract + "/confirm?phone_number=0712345678", key, null);
        Http.post(base, "/api/v1/contracts/" + contract + "/confirm?phone_number=0722000111", key, null);
        HttpResponse<String> checkout = Http.post(
                base,
                "/api/v1/payments/checkout",
                key,
                "{\"contract_id\": \"%s\", \"phone_number\": \"0712345678\", \"amount\": 500}".formatted(contract));
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
        String provider = (String) json(service, checkout).get("external_transaction_id");
        for (String value : new String[] {"KES 1e400", "KES 1e999999999"}) {
            String notification = """
                    {"transactionId": "%s", "category": "MobileCheckout", "status": "Success", "value": "%s"}""".formatted(provider, value);
            HttpResponse<String> first = Http.post(base, "/api/v1/payments/webhook", null, notification);
            assertThat(first.statusCode()).as(value + ": " + first.body()).isEqualTo(200);
            assertThat(json(service, first)).containsEntry("outcome", "mismatch");
            HttpResponse<String> resent = Http.post(base, "/api/v1/payments/webhook", null, notification);
            assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
            assertThat(json(service, resent)).containsEntry("outcome", "duplicate");
        }
        assertThat(json(
                        service,
                        Http.get(
                                base,
                                "/api/v1/payments/status/"
                                        + json(service, checkout).get("transaction_id"),
                                key)))
                .containsEntry("status", "pending");
        assertThat(json(service, Http.get(base, "/api/v1/audit/verify", key))).containsEntry("intact", true);
    }

    @Test
    void
            givenTheEmbeddedDefault_whenNumbersNoColumnHolds_thenA400WithTheRange_andAnUnusableNotificationIsFlaggedWith200()
                    throws IOException {
        Map<String, String> env = Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0");
        try (ApplicationContext service = Application.start(env, Map.of("micronaut.server.port", -1))) {
            hostileValuesAreRefusedOrFlagged(
                    service,
                    Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                            .strip());
        }
    }

    @Test
    void givenPostgres_whenNumbersNoColumnHolds_thenA400WithTheRange_andAnUnusableNotificationIsFlaggedWith200()
            throws IOException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String key = "operator-key-for-the-hostile-values-run";
            Map<String, String> env = new HashMap<>(Map.of(
                    "DATABASE_URL",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "DATABASE_USERNAME",
                    "postgres",
                    "DATABASE_PASSWORD",
                    "postgres",
                    "VOICEPACT_API_KEYS",
                    OperatorKeys.sha256Hex(key),
                    "VOICEPACT_AUDIT_KEY",
                    "an-audit-key-of-at-least-thirty-two-bytes",
                    "VOICEPACT_DATA_DIR",
                    dataDir.toString(),
                    "VOICEPACT_SANDBOX_PORT",
                    "0"));
            try (ApplicationContext service = Application.start(env, Map.of("micronaut.server.port", -1))) {
                hostileValuesAreRefusedOrFlagged(service, key);
            }
        }
    }
}
