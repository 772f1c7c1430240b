package com.voicepact.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.fakes.InMemoryTransactions;
import com.voicepact.application.port.out.ConcurrentUpdateException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private final ConflictRetry retry = new ConflictRetry(new InMemoryTransactions());

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
        })).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(attempts).hasValue(5);
    }

    @Test
    void givenOtherFailure_whenRun_thenNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> retry.inTransaction(() -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
