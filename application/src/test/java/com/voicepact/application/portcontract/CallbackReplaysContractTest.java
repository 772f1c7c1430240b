package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.shared.port.out.CallbackReplays;
import com.voicepact.application.shared.port.out.CallbackReplays.Receipt;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The callback guard's replay memory: once per key while it is kept, forgettable, and small. */
public abstract class CallbackReplaysContractTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String SIGNATURE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    protected abstract CallbackReplays replays();

    /** How many keys the store holds now. */
    protected abstract int stored();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    @Test
    void givenAKeyRemembered_whenRememberedAgainWithinItsTime_thenAReplay() {
        assertThat(replays().remember(SIGNATURE, T0, T0.plus(WINDOW))).isEqualTo(Receipt.FIRST);
        assertThat(replays()
                        .remember(SIGNATURE, T0.plus(WINDOW), T0.plus(WINDOW).plus(WINDOW)))
                .isEqualTo(Receipt.REPLAY);
        assertThat(replays().remember("another-signature", T0, T0.plus(WINDOW)))
                .as("other keys are their own")
                .isEqualTo(Receipt.FIRST);
    }

    @Test
    void givenAKeyForgotten_whenRememberedAgain_thenFirstAgain_andThenAReplay() {
        replays().remember(SIGNATURE, T0, T0.plus(WINDOW));
        replays().forget(SIGNATURE);
        replays().forget("never-remembered");

        assertThat(replays().remember(SIGNATURE, T0.plusSeconds(13), T0.plus(WINDOW)))
                .isEqualTo(Receipt.FIRST);
        assertThat(replays().remember(SIGNATURE, T0.plusSeconds(14), T0.plus(WINDOW)))
                .isEqualTo(Receipt.REPLAY);
    }

    @Test
    void givenKeysPastTheirTime_whenAnotherIsRemembered_thenTheyAreDropped_andTheSameKeyIsFirstAgain() {
        for (int i = 0; i < 5; i++) {
            replays().remember("old-" + i, T0, T0.plus(WINDOW));
        }
        replays().remember(SIGNATURE, T0, T0.plus(WINDOW).plusSeconds(1));
        Instant later = T0.plus(WINDOW).plusSeconds(1);

        assertThat(replays().remember("new", later, later.plus(WINDOW))).isEqualTo(Receipt.FIRST);
        assertThat(stored())
                .as("the five past their time dropped, the one kept until now still there")
                .isEqualTo(2);
        assertThat(replays().remember(SIGNATURE, later.plusSeconds(1), later.plus(WINDOW)))
                .isEqualTo(Receipt.FIRST);
    }

    @Test
    void givenTheSameKeyRememberedByEightCallersAtOnce_whenTheyRace_thenExactlyOneIsFirst() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String key = SIGNATURE + "-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
                for (int caller = 0; caller < 8; caller++) {
                    receipts.add(CompletableFuture.supplyAsync(
                            () -> {
                                awaitQuietly(start);
                                return replays().remember(key, T0, T0.plus(WINDOW));
                            },
                            pool));
                }
                start.countDown();
                List<Receipt> outcomes = receipts.stream()
                        .map(r -> r.orTimeout(60, TimeUnit.SECONDS).join())
                        .toList();
                assertThat(outcomes)
                        .as("round " + round)
                        .containsOnlyOnce(Receipt.FIRST)
                        .hasSize(8);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
