package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostgreSQL behind an imagined load balancer: a console session begun on one node is
 * honoured by the other, its wrong keys count towards one lockout, and a sign-out on either ends it on both.
 */
class ConsoleSessionsAcrossNodesTest {

    private static final String KEY = "two-nodes-console-key";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> send(URI node, String method, String path, String body, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenASessionBegunOnNodeA_whenUsedOnNodeBAndSignedOutThere_thenBothHonouredItAndNeitherDoesAfter()
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "DATABASE_USERNAME", "postgres",
                    "DATABASE_PASSWORD", "postgres",
                    "VOICEPACT_API_KEYS", OperatorKeys.sha256Hex(KEY),
                    "VOICEPACT_AUDIT_KEY", "an-audit-key-of-at-least-thirty-two-bytes",
                    "VOICEPACT_DATA_DIR",
                            Files.createTempDirectory("console-nodes").toString(),
                    "VOICEPACT_SANDBOX_PORT", "0");
            Map<String, Object> overrides =
                    Map.of("micronaut.server.port", -1, "voicepact.africastalking.enabled", "false");
            try (ApplicationContext a = Application.start(env, overrides);
                    ApplicationContext b = Application.start(env, overrides)) {
                URI nodeA = a.getBean(EmbeddedServer.class).getURI();
                URI nodeB = b.getBean(EmbeddedServer.class).getURI();

                for (int i = 0; i < 4; i++) { // wrong keys on both nodes: one count
                    URI node = i % 2 == 0 ? nodeA : nodeB;
                    assertThat(send(node, "POST", "/console/session", "{\"api_key\": \"guess-" + i + "\"}")
                                    .statusCode())
                            .isEqualTo(401);
                }
                HttpResponse<String> signedIn =
                        send(nodeA, "POST", "/console/session", "{\"api_key\": \"" + KEY + "\"}");
                assertThat(signedIn.statusCode())
                        .as("four failures, then the right key")
                        .isEqualTo(200);
                String cookie = signedIn.headers()
                        .firstValue("Set-Cookie")
                        .orElseThrow()
                        .split(";")[0];
                String csrf = signedIn.body().replaceAll(".*\"csrf_token\":\"([0-9a-f]+)\".*", "$1");

                assertThat(send(nodeB, "GET", "/api/v1/contracts", null, "Cookie", cookie)
                                .statusCode())
                        .as("node B honours node A's session")
                        .isEqualTo(200);
                assertThat(send(nodeB, "DELETE", "/console/session", null, "Cookie", cookie, "X-CSRF-Token", csrf)
                                .statusCode())
                        .isEqualTo(204);
                assertThat(send(nodeA, "GET", "/api/v1/contracts", null, "Cookie", cookie)
                                .statusCode())
                        .as("signed out on B, refused on A")
                        .isEqualTo(401);

                for (int i = 0; i < 4; i++) {
                    send(i % 2 == 0 ? nodeB : nodeA, "POST", "/console/session", "{\"api_key\": \"again-" + i + "\"}");
                }
                HttpResponse<String> fifth = send(nodeA, "POST", "/console/session", "{\"api_key\": \"again-4\"}");
                assertThat(fifth.statusCode())
                        .as("five wrong keys across both nodes lock the address on both")
                        .isEqualTo(429);
                assertThat(send(nodeB, "POST", "/console/session", "{\"api_key\": \"" + KEY + "\"}")
                                .statusCode())
                        .isEqualTo(429);
            }
        }
    }
}
