package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service as started for real, on H2: a USSD action refused by the rules (the buyer confirms after
 * a 3-second confirmation window closed) answers its reason, not "Service temporarily unavailable",
 * and the session is kept (a resent hop gets the same screen).
 */
class UssdRefusalEndToEndTest {

    private static final String KEY = "refusal-key";

    private static String hop(URI node, String text) {
        HttpResponse<String> response = Http.ussdHop(node, "ATUid_late", "+254712345678", text);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void givenConfirmationWindowOfThreeSeconds_whenTheBuyerConfirmsAfterIt_thenTheReasonIsAnsweredAndTheSessionKept()
            throws Exception {
        Map<String, String> env = Map.of(
                "VOICEPACT_CONFIRMATION_WINDOW",
                "PT3S",
                "VOICEPACT_API_KEYS",
                OperatorKeys.sha256Hex(KEY),
                "VOICEPACT_AUDIT_KEY",
                "an-audit-key-of-at-least-thirty-two-bytes",
                "VOICEPACT_DATA_DIR",
                Files.createTempDirectory("ussd-refusal").toString(),
                "VOICEPACT_SANDBOX_PORT",
                "0");
        try (ApplicationContext service = Application.start(
                env, Map.of("micronaut.server.port", -1, "voicepact.africastalking.enabled", "false"))) {
            URI node = service.getBean(EmbeddedServer.class).getURI();
            String created =
                    Http.post(node, "/api/v1/contracts/create", KEY, """
                    {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                     "terms": {"product": "Sorghum", "total_amount": 4000, "currency": "KES"}}""").body();
            long createdAt = System.nanoTime();
            @SuppressWarnings("unchecked")
            String id = (String) service.getBean(JsonMapper.class)
                    .readValue(created, Map.class)
                    .get("contract_id");
            hop(node, "");
            hop(node, "1");
            assertThat(hop(node, "1*1")).contains("1. Confirm");
            Thread.sleep(Math.max(0, 3_500 - (System.nanoTime() - createdAt) / 1_000_000)); // the window closes

            String refused = hop(node, "1*1*1");

            assertThat(refused)
                    .startsWith("END Not done:")
                    .contains("window closed")
                    .doesNotContain("temporarily unavailable");
            assertThat(hop(node, "1*1*1"))
                    .as("the session was saved: a resent hop gets the same screen")
                    .isEqualTo(refused);
            assertThat(Http.get(node, "/api/v1/contracts/" + id + "/status", KEY)
                            .body())
                    .contains("\"signed\":0");
        }
    }
}
