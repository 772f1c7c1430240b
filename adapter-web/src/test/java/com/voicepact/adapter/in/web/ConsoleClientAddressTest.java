package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.AuditEntry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The lockout's client address when no client-address header is configured: the socket's peer, whatever
 * {@code X-Forwarded-For} or {@code Forwarded} a client sends. Each client connects from its own loopback address
 * (127.0.0.x, all of which reach the server on Linux), so the addresses are real ones and not headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleClientAddressTest {

    private EmbeddedServer server;
    private InMemoryVoicePact app;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** One sign-in over a socket bound to {@code from}: the status code. */
    private int signIn(String from, String key, String forwardedFor) {
        return signIn(server.getPort(), from, key, forwardedFor);
    }

    private static int signIn(int port, String from, String key, String forwardedFor) {
        String body = "{\"api_key\": \"" + key + "\"}";
        String request = "POST /console/session HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n"
                + "X-Forwarded-For: " + forwardedFor + "\r\nForwarded: for=" + forwardedFor + "\r\n\r\n" + body;
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(answer.split(" ", 3)[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> subjects(String action) {
        return app.auditLog.allInOrder().stream()
                .map(AuditEntry::record)
                .filter(r -> r.action().equals(action))
                .map(r -> r.subject())
                .toList();
    }

    @Test
    void givenNoAddressHeaderConfigured_whenWrongKeysComeWithSpoofedHeaders_thenTheSocketsAddressIsLockedOut() {
        String attacker = "127.0.0.21";
        String victim = "127.0.0.22";
        List<Integer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            answers.add(signIn(attacker, "guess-" + i, "203.0.113." + (i + 1)));
        }
        answers.add(signIn(attacker, "guess-victim", victim));

        assertThat(answers.subList(0, 4)).containsOnly(401);
        assertThat(answers.subList(4, 12))
                .as("a new X-Forwarded-For per guess does not reset the count")
                .containsOnly(429);
        assertThat(signIn(attacker, WebTestApplication.OPERATOR_KEY, "203.0.113.200"))
                .as("a fresh spoofed address does not let the locked-out client back in")
                .isEqualTo(429);
        assertThat(signIn(victim, WebTestApplication.OPERATOR_KEY, attacker))
                .as("the address the attacker named is not locked out")
                .isEqualTo(200);
        assertThat(subjects("OPERATOR_SIGN_IN_FAILED"))
                .as("the audit names the socket's address, never the spoofed one")
                .isNotEmpty()
                .containsOnly("console:" + attacker);
        assertThat(subjects("OPERATOR_LOCKED_OUT")).containsExactly("console:" + attacker);
        assertThat(subjects("OPERATOR_SIGNED_IN")).containsExactly("console:" + victim);
    }

    /**
     * Behind a balancer ({@code micronaut.server.client-address-header} set): the address the balancer appended, the
     * header's last, is the client; the first is whatever the client wrote (nginx's {@code $proxy_add_x_forwarded_for}
     * and AWS's ALB append to it). Every request comes from the balancer's own socket here.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BehindABalancer {

        private static final String BALANCER = "127.0.0.31";
        private EmbeddedServer balanced;

        @BeforeAll
        void start() {
            balanced = ApplicationContext.run(
                    EmbeddedServer.class,
                    Map.of("micronaut.server.port", -1, "micronaut.server.client-address-header", "X-Forwarded-For"));
        }

        @AfterAll
        void stop() {
            balanced.close();
        }

        @Test
        void givenTheClientsOwnFirstAddress_whenItChangesPerGuess_thenTheBalancersLastAddressIsLockedOut() {
            List<Integer> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(signIn(balanced.getPort(), BALANCER, "guess-" + i, "203.0.113." + (i + 1) + ", 10.0.0.9"));
            }
            assertThat(answers.subList(0, 4)).containsOnly(401);
            assertThat(answers.subList(4, 6))
                    .as("a new first address per guess does not reset the count")
                    .containsOnly(429);
            assertThat(signIn(balanced.getPort(), BALANCER, WebTestApplication.OPERATOR_KEY, "10.0.0.8, 10.0.0.9"))
                    .as("the locked-out client, whatever it writes first")
                    .isEqualTo(429);
            assertThat(signIn(balanced.getPort(), BALANCER, WebTestApplication.OPERATOR_KEY, "10.0.0.9, 10.0.0.10"))
                    .as("another client, even one the attacker named")
                    .isEqualTo(200);
        }
    }
}
