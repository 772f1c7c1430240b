package com.voicepact.application.console.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.console.port.in.SignInCommand;
import com.voicepact.application.console.port.in.SignInLockedException;
import com.voicepact.application.console.port.in.SignedIn;
import com.voicepact.application.console.port.in.WrongOperatorKeyException;
import com.voicepact.application.fakes.InMemoryOperatorSessions;
import com.voicepact.application.fakes.InMemorySignInFailures;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.console.LockoutPolicy;
import com.voicepact.domain.console.SessionPolicy;
import com.voicepact.domain.console.SessionToken;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sign-in, lockout, resuming and signing out on the in-memory stores, with every step audited. */
class ConsoleSessionServicesTest {

    private static final String KEY = "the-operator-key";
    private static final String CLIENT = "192.0.2.7";
    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final InMemoryOperatorSessions sessions = new InMemoryOperatorSessions();
    private final InMemorySignInFailures failures = new InMemorySignInFailures();
    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(2));
    private final SignInService signIn = new SignInService(
            key -> key.equals(KEY) ? Optional.of("1a2b3c4d5e6f") : Optional.empty(),
            sessions,
            failures,
            policy,
            LockoutPolicy.DEFAULT,
            app.auditTrail,
            app.transactions,
            app.clock);
    private final ResumeSessionService resume = new ResumeSessionService(sessions, policy, app.clock);
    private final CheckSessionService check = new CheckSessionService(sessions, policy, app.clock);
    private final SignOutService signOut = new SignOutService(sessions, app.auditTrail, app.transactions);

    private java.util.List<String> auditedActions() {
        return app.auditLog.allInOrder().stream()
                .map(e -> e.record().action() + " " + e.record().actor())
                .toList();
    }

    @Test
    void givenTheRightKey_whenSignedIn_thenASessionOfThatOperatorIsStoredOnlyAsAHash_andAudited() {
        SignedIn signedIn = signIn.signIn(new SignInCommand(KEY, CLIENT));

        assertThat(signedIn.operatorId()).isEqualTo("1a2b3c4d5e6f");
        assertThat(signedIn.csrfToken()).isEqualTo(SessionToken.csrfOf(signedIn.token()));
        assertThat(signedIn.expiresAt()).isEqualTo(app.clock.now().plus(Duration.ofMinutes(30)));
        assertThat(sessions.find(signedIn.token()))
                .as("the raw token is not a key")
                .isEmpty();
        assertThat(resume.resume(signedIn.token()))
                .hasValueSatisfying(s -> assertThat(s.operatorId()).isEqualTo("1a2b3c4d5e6f"));
        assertThat(auditedActions()).containsExactly("OPERATOR_SIGNED_IN operator:1a2b3c4d5e6f");
        assertThat(app.auditLog.allInOrder().get(0).record().subject()).isEqualTo("console:" + CLIENT);
    }

    @Test
    void givenFiveWrongKeysFromOneAddress_whenTriedAgainEvenWithTheRightKey_thenLockedUntilTheWindowPasses() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.signIn(new SignInCommand("wrong", CLIENT)))
                    .isInstanceOf(WrongOperatorKeyException.class);
            app.clock.advance(Duration.ofMinutes(1));
        }
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand("wrong", CLIENT)))
                .as("the fifth failure locks")
                .isInstanceOfSatisfying(
                        SignInLockedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(11)));
        assertThatThrownBy(() -> signIn.signIn(new SignInCommand(KEY, CLIENT)))
                .isInstanceOf(SignInLockedException.class);
        assertThat(signIn.signIn(new SignInCommand(KEY, "192.0.2.8")))
                .as("another address is not locked")
                .isNotNull();

        app.clock.advance(Duration.ofMinutes(11));
        assertThat(signIn.signIn(new SignInCommand(KEY, CLIENT)).operatorId()).isEqualTo("1a2b3c4d5e6f");
        assertThat(failures.since(CLIENT, app.clock.now().minus(Duration.ofHours(1))))
                .as("a sign-in forgets the address's failures")
                .isEmpty();
        assertThat(auditedActions())
                .containsExactly(
                        "OPERATOR_SIGN_IN_FAILED system:console",
                        "OPERATOR_SIGN_IN_FAILED system:console",
                        "OPERATOR_SIGN_IN_FAILED system:console",
                        "OPERATOR_SIGN_IN_FAILED system:console",
                        "OPERATOR_SIGN_IN_FAILED system:console",
                        "OPERATOR_LOCKED_OUT system:console",
                        "OPERATOR_SIGNED_IN operator:1a2b3c4d5e6f",
                        "OPERATOR_SIGNED_IN operator:1a2b3c4d5e6f");
    }

    @Test
    void givenASession_whenIdleTooLongOrPastItsAbsoluteLife_thenItIsNoLongerResumed() {
        SignedIn idle = signIn.signIn(new SignInCommand(KEY, CLIENT));
        SignedIn busy = signIn.signIn(new SignInCommand(KEY, CLIENT));
        for (int i = 0; i < 5; i++) { // busy is used every 20 minutes, idle never
            app.clock.advance(Duration.ofMinutes(20));
            assertThat(resume.resume(busy.token()))
                    .as("after " + (i + 1) * 20 + " min")
                    .isPresent();
        }
        assertThat(resume.resume(idle.token())).isEmpty();
        assertThat(sessions.find(SessionToken.hash(idle.token())))
                .as("an expired session is deleted")
                .isEmpty();

        app.clock.advance(Duration.ofMinutes(20)); // 120 min: the absolute 2 h are over though used 20 min ago
        assertThat(resume.resume(busy.token())).isEmpty();
    }

    @Test
    void givenASession_whenOnlyChecked_thenItIsFoundButNotKeptAlive_andEndsAfterItsIdleTime() {
        SignedIn signedIn = signIn.signIn(new SignInCommand(KEY, CLIENT));
        for (int i = 0; i < 3; i++) { // a change stream checking every 9 minutes
            app.clock.advance(Duration.ofMinutes(9));
            assertThat(check.check(signedIn.token()))
                    .as("after " + (i + 1) * 9 + " min")
                    .isPresent();
        }
        app.clock.advance(Duration.ofMinutes(4));

        assertThat(check.check(signedIn.token()))
                .as("31 min without a request of its own")
                .isEmpty();
        assertThat(resume.resume(signedIn.token())).isEmpty();
        SignedIn other = signIn.signIn(new SignInCommand(KEY, CLIENT));
        signOut.signOut(other.token(), CLIENT);
        assertThat(check.check(other.token())).as("signed out").isEmpty();
    }

    @Test
    void givenASession_whenSignedOut_thenItIsGone_andTheSignOutIsAuditedAsTheOperator() {
        SignedIn signedIn = signIn.signIn(new SignInCommand(KEY, CLIENT));

        signOut.signOut(signedIn.token(), CLIENT);
        signOut.signOut(signedIn.token(), CLIENT); // again: nothing left to end
        signOut.signOut("never-a-token", CLIENT);

        assertThat(resume.resume(signedIn.token())).isEmpty();
        assertThat(auditedActions())
                .containsExactly(
                        "OPERATOR_SIGNED_IN operator:1a2b3c4d5e6f", "OPERATOR_SIGNED_OUT operator:1a2b3c4d5e6f");
    }

    @Test
    void givenACsrfToken_whenCompared_thenOnlyTheSessionsOwnMatches() {
        String token = SessionToken.random();
        assertThat(SessionToken.csrfMatches(token, SessionToken.csrfOf(token))).isTrue();
        assertThat(SessionToken.csrfMatches(token, SessionToken.csrfOf(SessionToken.random())))
                .isFalse();
        assertThat(SessionToken.csrfMatches(token, null)).isFalse();
        assertThat(SessionToken.csrfMatches(token, "")).isFalse();
    }
}
