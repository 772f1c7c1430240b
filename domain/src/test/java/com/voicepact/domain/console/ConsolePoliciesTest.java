package com.voicepact.domain.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's session and lockout rules on their own. */
class ConsolePoliciesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final String HASH = SessionToken.hash("token");

    @Test
    void givenASession_whenSeenAgain_thenItEndsAtTheEarlierOfItsIdleAndItsAbsoluteExpiry() {
        SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2));
        OperatorSession session = OperatorSession.begin(HASH, "1a2b3c4d5e6f", T0);

        assertThat(policy.expiresAt(session)).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        OperatorSession late = session.seenAt(T0.plus(Duration.ofMinutes(110)));
        assertThat(policy.expiresAt(late)).as("capped by the absolute life").isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(policy.isLive(late, T0.plus(Duration.ofHours(2)).minusSeconds(1)))
                .isTrue();
        assertThat(policy.isLive(late, T0.plus(Duration.ofHours(2)))).isFalse();
        assertThat(late.seenAt(T0)).as("never moved back").isEqualTo(late);
    }

    @Test
    void givenFailuresOfAnAddress_whenCounted_thenLockedAtTheFifthWithinTheWindow_untilTheOldestCountedAgesOut() {
        LockoutPolicy lockout = LockoutPolicy.DEFAULT;
        List<Instant> four = List.of(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(180));
        Instant now = T0.plusSeconds(240);

        assertThat(lockout.retryAfter(four, now)).isEmpty();
        List<Instant> five = new java.util.ArrayList<>(four);
        five.add(now);
        assertThat(lockout.retryAfter(five, now)).contains(Duration.ofMinutes(11));
        assertThat(lockout.retryAfter(five, T0.plus(Duration.ofMinutes(15))))
                .as("the oldest failure is one window old: it no longer counts")
                .isEmpty();
        assertThat(lockout.retryAfter(List.of(now, now, now, now, now), now)).contains(Duration.ofMinutes(15));
    }

    @Test
    void givenNonsense_whenAPolicyOrSessionIsMade_thenRefused() {
        assertThatThrownBy(() -> new SessionPolicy(Duration.ofHours(2), Duration.ofMinutes(30)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(15)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> OperatorSession.begin("not-a-hash", "1a2b3c4d5e6f", T0))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new OperatorSession(HASH, "1a2b3c4d5e6f", T0, T0.minusSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenTwoTokens_whenHashedAndDerived_thenEachHasItsOwnHashAndCsrfToken_andNeitherIsTheOther() {
        String a = SessionToken.random();
        String b = SessionToken.random();
        assertThat(a).hasSize(43).isNotEqualTo(b);
        assertThat(SessionToken.hash(a)).matches("[0-9a-f]{64}").isNotEqualTo(SessionToken.hash(b));
        assertThat(SessionToken.csrfOf(a)).isNotEqualTo(SessionToken.hash(a)).isNotEqualTo(SessionToken.csrfOf(b));
    }
}
