package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.AuditEntry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's sign-in over real sockets: the session cookie, the CSRF token on unsafe requests, sign-out,
 * lockout and expiry. Each test comes from its own client address ({@code X-Forwarded-For}, which the server is told
 * to read), so lockouts do not leak between tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleSessionApiTest {

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ADDRESS =
            new java.util.concurrent.atomic.AtomicInteger();
    private EmbeddedServer server;
    private URI base;
    private InMemoryVoicePact app;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port", -1,
                        "micronaut.server.client-address-header", "X-Forwarded-For",
                        "micronaut.serde.serialization.inclusion", "ALWAYS"));
        base = server.getURI();
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A browser of its own: its address, its cookie, its CSRF token. */
    private final class Browser {
        final String address = "198.51.100." + NEXT_ADDRESS.incrementAndGet(); // one per browser: no shared lockout
        String cookie;
        String csrf;

        HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json));
            if (json != null && !headers.containsKey("Content-Type")) {
                request.header("Content-Type", "application/json");
            }
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            if (!headers.containsKey("X-Forwarded-For")) {
                request.header("X-Forwarded-For", address);
            }
            headers.forEach(request::header);
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> signIn(String key) {
            HttpResponse<String> answer = send("POST", "/console/session", "{\"api_key\": \"" + key + "\"}", Map.of());
            answer.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            if (answer.statusCode() == 200) {
                csrf = answer.body().replaceAll(".*\"csrf_token\":\"([0-9a-f]+)\".*", "$1");
            }
            return answer;
        }

        HttpResponse<String> resetCircuit(boolean withCsrf) {
            return send(
                    "POST",
                    "/api/v1/admin/circuits/sms/reset",
                    null,
                    withCsrf ? Map.of("X-CSRF-Token", csrf) : Map.of());
        }
    }

    private List<String> audited(String action) {
        return app.auditLog.allInOrder().stream()
                .filter(e -> e.record().action().equals(action))
                .map(AuditEntry::record)
                .map(r -> r.actor() + " " + r.subject())
                .toList();
    }

    @Test
    void givenTheRightKey_whenSignedIn_thenAStrictHttpOnlyCookie_andOperatorCallsActAsThatOperator() {
        Browser browser = new Browser();
        HttpResponse<String> signedIn = browser.signIn(WebTestApplication.OPERATOR_KEY);

        assertThat(signedIn.statusCode()).isEqualTo(200);
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie)
                .startsWith("voicepact_console=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Strict")
                .contains("Path=/")
                .doesNotContain("Secure"); // plain http here; https adds it
        assertThat(signedIn.headers().firstValue("Cache-Control")).contains("no-store");
        String operator = "operator:"
                + com.voicepact.adapter.in.web.security.OperatorKeys.sha256Hex(WebTestApplication.OPERATOR_KEY)
                        .substring(0, 12);
        assertThat(signedIn.body()).contains("\"operator\":\"" + operator + "\"");
        assertThat(browser.send("GET", "/api/v1/contracts", null, Map.of()).statusCode())
                .as("a read with the cookie alone")
                .isEqualTo(200);
        assertThat(browser.resetCircuit(true).statusCode()).isEqualTo(200);
        assertThat(audited("CIRCUIT_RESET")).last().asString().startsWith(operator + " ");
        assertThat(audited("OPERATOR_SIGNED_IN")).contains(operator + " console:" + browser.address);
        assertThat(browser.send("GET", "/console/session", null, Map.of()).body())
                .as("a page opened again finds its session and CSRF token")
                .contains(browser.csrf);
    }

    @Test
    void givenASignInPostedAsAFormOrText_whenSent_thenRefusedWithoutASession() {
        Browser browser = new Browser();
        for (String type : List.of("application/x-www-form-urlencoded", "text/plain")) {
            HttpResponse<String> refused = browser.send(
                    "POST",
                    "/console/session",
                    "{\"api_key\": \"" + WebTestApplication.OPERATOR_KEY + "\"}",
                    Map.of("Content-Type", type));
            assertThat(refused.statusCode())
                    .as("another site's form cannot sign a browser in: " + type)
                    .isEqualTo(415);
            assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void givenHttpsAtTheProxy_whenSignedIn_thenTheCookieIsSecure() {
        Browser browser = new Browser();
        HttpResponse<String> signedIn = browser.send(
                "POST",
                "/console/session",
                "{\"api_key\": \"" + WebTestApplication.OPERATOR_KEY + "\"}",
                Map.of("X-Forwarded-Proto", "https"));
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
    }

    @Test
    void givenAWrongKey_whenSigningIn_then401WithAReason_noCookie_andTheFailureIsAudited() {
        Browser browser = new Browser();
        HttpResponse<String> refused = browser.signIn("not-the-key");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("not a valid operator key").doesNotContain("Exception");
        assertThat(refused.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(audited("OPERATOR_SIGN_IN_FAILED")).contains("system:console console:" + browser.address);
        assertThat(browser.send("GET", "/api/v1/contracts", null, Map.of()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> forwarded = browser.send(
                "POST",
                "/console/session",
                "{\"api_key\": \"still-wrong\"}",
                Map.of("X-Forwarded-For", "f".repeat(80) + ", 10.0.0.1, " + browser.address));
        assertThat(forwarded.statusCode())
                .as("a forwarded list counts as its last address, the one the balancer added")
                .isEqualTo(401);
        assertThat(audited("OPERATOR_SIGN_IN_FAILED").stream()
                        .filter(e -> e.equals("system:console console:" + browser.address)))
                .hasSize(2);
    }

    @Test
    void givenFiveWrongKeys_whenTriedAgainWithTheRightOne_then429WithRetryAfter_andOtherAddressesAreNotLocked() {
        Browser attacker = new Browser();
        for (int i = 0; i < 4; i++) {
            assertThat(attacker.signIn("guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> fifth = attacker.signIn("guess-4");
        assertThat(fifth.statusCode()).isEqualTo(429);
        HttpResponse<String> right = attacker.signIn(WebTestApplication.OPERATOR_KEY);
        assertThat(right.statusCode())
                .as("even the right key, while locked out")
                .isEqualTo(429);
        long retryAfter =
                Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, Duration.ofMinutes(15).toSeconds());
        assertThat(right.body()).contains("too many wrong keys");
        assertThat(audited("OPERATOR_LOCKED_OUT")).contains("system:console console:" + attacker.address);

        Browser colleague = new Browser();
        assertThat(colleague.signIn(WebTestApplication.OPERATOR_KEY).statusCode())
                .isEqualTo(200);
    }

    @Test
    void givenASession_whenAnUnsafeCallCarriesNoOrAWrongCsrfToken_then403AndNothingChanges() {
        Browser browser = new Browser();
        browser.signIn(WebTestApplication.OPERATOR_KEY);
        int resetsBefore = audited("CIRCUIT_RESET").size();

        HttpResponse<String> without = browser.resetCircuit(false);
        HttpResponse<String> wrong =
                browser.send("POST", "/api/v1/admin/circuits/sms/reset", null, Map.of("X-CSRF-Token", "0".repeat(64)));

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("X-CSRF-Token");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(audited("CIRCUIT_RESET")).hasSize(resetsBefore);
    }

    @Test
    void givenASession_whenSignedOut_thenTheCookieIsClearedAndNoLongerAccepted_andTheSignOutIsAudited() {
        Browser browser = new Browser();
        browser.signIn(WebTestApplication.OPERATOR_KEY);
        String cookie = browser.cookie;

        assertThat(browser.send("DELETE", "/console/session", null, Map.of()).statusCode())
                .as("sign-out is unsafe too: no CSRF token, no sign-out")
                .isEqualTo(403);
        HttpResponse<String> out =
                browser.send("DELETE", "/console/session", null, Map.of("X-CSRF-Token", browser.csrf));

        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        browser.cookie = cookie; // a copy of the cookie kept by someone
        assertThat(browser.send("GET", "/api/v1/contracts", null, Map.of()).statusCode())
                .isEqualTo(401);
        assertThat(audited("OPERATOR_SIGNED_OUT")).anyMatch(e -> e.endsWith("console:" + browser.address));
    }

    @Test
    void givenASession_whenIdlePastItsTime_thenRefused_andTheBodySaysSignInAgain() {
        Browser browser = new Browser();
        browser.signIn(WebTestApplication.OPERATOR_KEY);
        HttpResponse<String> before = browser.send("GET", "/api/v1/contracts", null, Map.of());
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);

        ConsoleTestApplication.CLOCK.advance(Duration.ofMinutes(31));

        HttpResponse<String> expired = browser.send("GET", "/api/v1/contracts", null, Map.of());
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(expired.body()).contains("sign in again");
        assertThat(browser.send("GET", "/console/session", null, Map.of()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void givenTheConsolePage_whenFetched_thenServedWithAPolicyThatLoadsNothingFromElsewhere() {
        Browser browser = new Browser();
        HttpResponse<String> page = browser.send("GET", "/console", null, Map.of());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<title>VoicePact operator console</title>");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(browser.send("GET", "/console/views.js", null, Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(browser.send("GET", "/console/secrets.txt", null, Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void givenASession_whenTheChangeStreamIsOpened_thenAChangeEventComesAtOnce_andWithoutASessionItIsRefused()
            throws Exception {
        Browser browser = new Browser();
        browser.signIn(WebTestApplication.OPERATOR_KEY);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/console/events"))
                .header("Cookie", browser.cookie)
                .header("X-Forwarded-For", browser.address)
                .build();
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = stream.body()) {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            List<String> first = lines.takeWhile(line -> !line.isEmpty()).toList();
            assertThat(first).contains("event: change");
            assertThat(first).anyMatch(line -> line.startsWith("data: {\"audit_sequence\":"));
        }
        Browser stranger = new Browser();
        assertThat(stranger.send("GET", "/api/v1/console/events", null, Map.of())
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void givenAnOpenChangeStream_whenItsSessionIsSignedOut_thenTheStreamEndsWithinSeconds() throws Exception {
        Browser browser = new Browser();
        browser.signIn(WebTestApplication.OPERATOR_KEY);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/console/events"))
                .header("Cookie", browser.cookie)
                .header("X-Forwarded-For", browser.address)
                .build();
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(request, HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = stream.body()) {
            java.util.Iterator<String> reading = lines.iterator();
            assertThat(reading.next()).as("the stream is open and sending").isNotNull();
            assertThat(browser.send("DELETE", "/console/session", null, Map.of("X-CSRF-Token", browser.csrf))
                            .statusCode())
                    .isEqualTo(204);
            java.util.concurrent.CompletableFuture<Long> rest =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        long count = 0;
                        while (reading.hasNext()) { // ends when the server ends the response
                            reading.next();
                            count++;
                        }
                        return count;
                    });
            assertThat(rest.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .as("lines read after the sign-out until the stream ended")
                    .isNotNegative();
        }
    }
}
