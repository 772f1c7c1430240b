package com.voicepact.domain.console;

import com.voicepact.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a client address may no longer try operator keys: after {@code maxFailures} wrong keys within
 * {@code window}, until the oldest of them leaves the window. Attempts refused while locked out are not
 * failures (they were never checked), so the lockout ends on time however often it is hit.
 *
 * @param maxFailures wrong keys allowed within the window, at least 1
 * @param window how far back failures count, positive
 */
public record LockoutPolicy(int maxFailures, Duration window) {

    /** Five wrong keys in fifteen minutes. */
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

    public LockoutPolicy {
        InvalidValueException.require(maxFailures >= 1, "a lockout allows at least one failure");
        InvalidValueException.require(
                window != null && !window.isNegative() && !window.isZero(), "a lockout window must be positive");
    }

    /** Failures after this instant count at {@code now}; read the store from here. */
    public Instant countsFrom(Instant now) {
        return now.minus(window);
    }

    /**
     * How long the client must wait before trying again, or empty when it may try now.
     *
     * @param failures the client's failed attempts since {@link #countsFrom}, in any order
     */
    public Optional<Duration> retryAfter(List<Instant> failures, Instant now) {
        List<Instant> counted = failures.stream()
                .filter(at -> at.isAfter(countsFrom(now))) // a failure exactly one window old no longer counts
                .sorted()
                .toList();
        if (counted.size() < maxFailures) {
            return Optional.empty();
        }
        // the lockout lasts until enough failures age out that fewer than maxFailures remain
        Instant freedAt = counted.get(counted.size() - maxFailures).plus(window);
        Duration wait = Duration.between(now, freedAt);
        return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
