package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two service instances on one PostgreSQL serve one USSD session in turn, as a load balancer would send it. */
class TwoNodesUssdTest {

    private static final String KEY = "two-nodes-key";

    private static String hop(URI node, String text) {
        HttpResponse<String> response = Http.ussdHop(node, "ATUid_shared", "+254722000111", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void givenOneSessionAlternatingBetweenTwoNodes_whenTheFarmerConfirms_thenOneConfirmationAndConsistentScreens()
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "DATABASE_URL",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "DATABASE_USERNAME",
                    "postgres",
                    "DATABASE_PASSWORD",
                    "postgres",
                    "VOICEPACT_API_KEYS",
                    OperatorKeys.sha256Hex(KEY),
                    "VOICEPACT_AUDIT_KEY",
                    "an-audit-key-of-at-least-thirty-two-bytes",
                    "VOICEPACT_DATA_DIR",
                    Files.createTempDirectory("two-nodes").toString(),
                    "VOICEPACT_SANDBOX_PORT",
                    "0");
            Map<String, Object> overrides =
                    Map.of("micronaut.server.port", -1, "voicepact.africastalking.enabled", "false");
            try (ApplicationContext a = Application.start(env, overrides);
                    ApplicationContext b = Application.start(env, overrides)) {
                URI nodeA = a.getBean(EmbeddedServer.class).getURI();
                URI nodeB = b.getBean(EmbeddedServer.class).getURI();
                String created =
                        Http.post(nodeA, "/api/v1/contracts/create", KEY, """
                        {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                         "terms": {"product": "Sorghum", "total_amount": 4000, "currency": "KES"}}""").body();
                @SuppressWarnings("unchecked")
                String id = (String) a.getBean(JsonMapper.class)
                        .readValue(created, Map.class)
                        .get("contract_id");

                assertThat(hop(nodeA, "")).startsWith("CON Welcome to VoicePact");
                assertThat(hop(nodeB, "1")).contains("1. " + id);
                assertThat(hop(nodeA, "1*1")).contains("1. Confirm");
                String done = hop(nodeB, "1*1*1");
                assertThat(done).isEqualTo("END Contract " + id + " confirmed.\nThank you!");
                assertThat(hop(nodeA, "1*1*1"))
                        .as("AT resends the hop to the other node")
                        .isEqualTo(done);
                String status = Http.get(nodeB, "/api/v1/contracts/" + id + "/status", KEY)
                        .body();
                assertThat(status).contains("\"signed\":1");
            }
        }
    }
}
