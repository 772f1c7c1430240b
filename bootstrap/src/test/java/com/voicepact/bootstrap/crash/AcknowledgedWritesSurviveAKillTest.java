package com.voicepact.bootstrap.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, durability: a contract answered 201 survives a kill -9 that comes right after the
 * answer, on the embedded default (H2 file) and on PostgreSQL; no contract id is issued twice.
 */
class AcknowledgedWritesSurviveAKillTest {

    static final String KEY = "operator-key-of-the-crash-tests";
    private static final String CREATE = """
            {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
             "terms": {"product": "Beans", "total_amount": 500, "currency": "KES"}}""";

    private static final int CLIENTS = 4;

    @TempDir
    Path dataDir;

    /** The environment of a child on the embedded default, with a known operator key. */
    static Map<String, String> embedded() {
        return new HashMap<>(Map.of(
                "VOICEPACT_API_KEYS",
                OperatorKeys.sha256Hex(KEY),
                "VOICEPACT_AUDIT_KEY",
                "an-audit-key-of-at-least-thirty-two-bytes-for-crash-tests",
                "VOICEPACT_SANDBOX_PORT",
                "0"));
    }

    static Map<String, String> on(EmbeddedPostgres postgres, Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
        all.put("DATABASE_USERNAME", "postgres");
        all.put("DATABASE_PASSWORD", "postgres");
        return all;
    }

    @Test
    void givenTheEmbeddedDefault_whenKilledRightAfterCreations_thenEveryAcknowledgedContractIsFound() {
        everyAcknowledgedCreationSurvives(embedded());
    }

    @Test
    void givenPostgres_whenKilledRightAfterCreations_thenEveryAcknowledgedContractIsFound() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            everyAcknowledgedCreationSurvives(on(postgres, embedded()));
        }
    }

    private void everyAcknowledgedCreationSurvives(Map<String, String> env) {
        try (ChildService service = new ChildService(dataDir, env)) {
            Api api = new Api(service.start(Map.of()).base(), KEY);
            ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean dead = new AtomicBoolean();
            List<Thread> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Thread client = new Thread(() -> {
                    while (!dead.get()) {
                        Optional<Api.Answer> answer = api.post("/api/v1/contracts/create", CREATE);
                        answer.filter(a -> a.status() == 201).ifPresent(a -> acknowledged.add(a.text("contract_id")));
                    }
                });
                client.start();
                clients.add(client);
            }
            // Killed once enough were answered, however slow the machine (H2 used to lose the last second's worth),
            // while the clients keep creating: the last 201s came a moment ago.
            long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 30 && System.nanoTime() < giveUp) {
                sleep(5);
            }
            service.kill();
            dead.set(true);
            clients.forEach(AcknowledgedWritesSurviveAKillTest::join);
            assertThat(acknowledged).as("contracts created before the kill").hasSizeGreaterThan(20);

            service.start(Map.of());
            List<String> lost = acknowledged.stream()
                    .filter(id -> api.get("/api/v1/contracts/" + id).status() != 200)
                    .toList();
            assertThat(lost)
                    .as("contracts answered 201 but gone after the kill (of %d)", acknowledged.size())
                    .isEmpty();
            assertThat(new HashSet<>(acknowledged))
                    .as("contract ids issued once each")
                    .hasSameSizeAs(acknowledged);

            // One client alone, nothing in flight: the number after a kill is the next one, not the next block's.
            int last = number(
                    api.post("/api/v1/contracts/create", CREATE).orElseThrow().text("contract_id"));
            service.kill();
            service.start(Map.of());
            assertThat(number(api.post("/api/v1/contracts/create", CREATE)
                            .orElseThrow()
                            .text("contract_id")))
                    .as("contract numbers go on without a gap after a kill")
                    .isEqualTo(last + 1);
        }
    }

    /** {@code AG-2026-000123} -> 123. */
    private static int number(String contractId) {
        return Integer.parseInt(contractId.substring(contractId.lastIndexOf('-') + 1));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
