package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.console.port.out.SignInFailures;
import com.voicepact.domain.console.OperatorSession;
import com.voicepact.domain.console.SessionToken;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's shared stores: sessions found by their token's hash only, and failed sign-ins by address. */
public abstract class OperatorSessionsContractTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final String OPERATOR = "1a2b3c4d5e6f";

    protected abstract OperatorSessions sessions();

    protected abstract SignInFailures failures();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    private static OperatorSession session(String token, Instant at) {
        return OperatorSession.begin(SessionToken.hash(token), OPERATOR, at);
    }

    @Test
    void givenASessionSaved_whenFoundByItsHash_thenTheSameSession_andOtherHashesFindNothing() {
        OperatorSession saved = session("token-a", T0);
        sessions().save(saved);

        assertThat(sessions().find(SessionToken.hash("token-a"))).contains(saved);
        assertThat(sessions().find(SessionToken.hash("token-b"))).isEmpty();
    }

    @Test
    void givenASession_whenTouched_thenItsLastSeenMovesForwardOnly() {
        sessions().save(session("token-a", T0));
        String hash = SessionToken.hash("token-a");

        sessions().touch(hash, T0.plusSeconds(60));
        sessions().touch(hash, T0.plusSeconds(30)); // a slower request arriving late
        sessions().touch(SessionToken.hash("unknown"), T0.plusSeconds(90));

        OperatorSession found = sessions().find(hash).orElseThrow();
        assertThat(found.lastSeenAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(found.signedInAt()).isEqualTo(T0);
    }

    @Test
    void givenSessions_whenOneIsDeleted_thenOnlyItIsGone() {
        sessions().save(session("token-a", T0));
        sessions().save(session("token-b", T0));

        sessions().delete(SessionToken.hash("token-a"));
        sessions().delete(SessionToken.hash("never-saved"));

        assertThat(sessions().find(SessionToken.hash("token-a"))).isEmpty();
        assertThat(sessions().find(SessionToken.hash("token-b"))).isPresent();
    }

    @Test
    void givenIdleOldAndFreshSessions_whenExpiredOnesAreDeleted_thenOnlyTheFreshOneRemains() {
        sessions().save(session("idle", T0));
        sessions().save(new OperatorSession(SessionToken.hash("old"), OPERATOR, T0, T0.plusSeconds(3000)));
        sessions().save(session("fresh", T0.plusSeconds(2000)));

        int deleted = sessions().deleteExpired(T0.plusSeconds(1000), T0.plusSeconds(1));

        assertThat(deleted).isEqualTo(2);
        assertThat(sessions().find(SessionToken.hash("fresh"))).isPresent();
        assertThat(sessions().find(SessionToken.hash("idle"))).isEmpty();
        assertThat(sessions().find(SessionToken.hash("old"))).isEmpty();
    }

    @Test
    void givenFailuresOfTwoAddresses_whenReadSinceATime_thenOnlyThatAddressesFromThenOldestFirst() {
        failures().record("192.0.2.7", T0.plusSeconds(20));
        failures().record("192.0.2.7", T0);
        failures().record("192.0.2.7", T0.plusSeconds(10));
        failures().record("2001:db8::1", T0.plusSeconds(15));

        assertThat(failures().since("192.0.2.7", T0.plusSeconds(10)))
                .containsExactly(T0.plusSeconds(10), T0.plusSeconds(20));
        assertThat(failures().since("2001:db8::1", T0)).containsExactly(T0.plusSeconds(15));
    }

    @Test
    void givenFailures_whenClearedForOneAddressAndDeletedBeforeATime_thenTheRestRemain() {
        failures().record("192.0.2.7", T0);
        failures().record("192.0.2.8", T0);
        failures().record("192.0.2.8", T0.plusSeconds(100));

        failures().clear("192.0.2.7");
        failures().deleteBefore(T0.plusSeconds(50));

        assertThat(failures().since("192.0.2.7", T0)).isEmpty();
        assertThat(failures().since("192.0.2.8", T0)).containsExactly(T0.plusSeconds(100));
    }
}
