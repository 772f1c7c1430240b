package com.voicepact.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.fakes.InMemoryTransactions;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final ConflictRetry retry = new ConflictRetry(transactions);

    @Test
    void givenWorkThatLosesTwice_whenRun_thenRetriedOnFreshDataUntilItWins() {
        AtomicInteger attempts = new AtomicInteger();
        String result = retry.inTransaction(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentUpdateException("lost the race", null);
            }
            return "won";
        });
        assertThat(result).isEqualTo("won");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givenWorkThatAlwaysLoses_whenRun_thenConflictReportedAfterFiveAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.inTransaction(() -> {
                    attempts.incrementAndGet();
                    throw new ConcurrentUpdateException("always stale", null);
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(attempts).hasValue(5);
    }

    @Test
    void givenOtherFailure_whenRun_thenNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.inTransaction(() -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("bug");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givenInnerUnitThatLosesOnce_whenRunInsideAnOuterOne_thenTheWholeOuterUnitIsRunAgainNotTheInnerAlone() {
        ConflictRetry inner = new ConflictRetry(transactions);
        AtomicInteger outerRuns = new AtomicInteger();
        AtomicInteger innerRuns = new AtomicInteger();
        String result = retry.inTransaction(() -> {
            outerRuns.incrementAndGet();
            return inner.inTransaction(() -> {
                if (innerRuns.incrementAndGet() == 1) {
                    throw new ConcurrentUpdateException("lost the race on the outer unit's snapshot", null);
                }
                return "won";
            });
        });
        assertThat(result).isEqualTo("won");
        assertThat(innerRuns).as("the inner unit ran once per outer run").hasValue(2);
        assertThat(outerRuns).hasValue(2);
    }

    @Test
    void givenInnerConflictSwallowedByTheOuterWork_whenRun_thenTheOuterUnitStillRunsAgain() {
        ConflictRetry inner = new ConflictRetry(transactions);
        AtomicInteger outerRuns = new AtomicInteger();
        String result = retry.inTransaction(() -> {
            int run = outerRuns.incrementAndGet();
            try {
                return inner.inTransaction(() -> {
                    if (run == 1) {
                        throw new ConcurrentUpdateException("stale", null);
                    }
                    return "fresh";
                });
            } catch (ConcurrentUpdateException swallowed) {
                return "stale answer";
            }
        });
        assertThat(result).isEqualTo("fresh");
        assertThat(outerRuns).hasValue(2);
    }
}
