package com.voicepact.application.console.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.console.port.in.SignInCommand;
import com.voicepact.application.console.port.in.SignInLockedException;
import com.voicepact.application.console.port.in.SignInUseCase;
import com.voicepact.application.console.port.in.SignedIn;
import com.voicepact.application.console.port.in.WrongOperatorKeyException;
import com.voicepact.application.console.port.out.OperatorKeyPort;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.console.port.out.SignInFailures;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.console.LockoutPolicy;
import com.voicepact.domain.console.OperatorSession;
import com.voicepact.domain.console.SessionPolicy;
import com.voicepact.domain.console.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs an operator in to the console with their API key. The lockout is checked before the key, so a locked-out
 * address learns nothing about the keys it tries; its failures are recorded in the shared store, so every node
 * counts them.
 */
public final class SignInService implements SignInUseCase {

    private final OperatorKeyPort keys;
    private final OperatorSessions sessions;
    private final SignInFailures failures;
    private final SessionPolicy sessionPolicy;
    private final LockoutPolicy lockout;
    private final ConsoleAudit audit;
    private final ClockPort clock;

    public SignInService(
            OperatorKeyPort keys,
            OperatorSessions sessions,
            SignInFailures failures,
            SessionPolicy sessionPolicy,
            LockoutPolicy lockout,
            AuditTrail audit,
            TransactionPort transactions,
            ClockPort clock) {
        this.keys = keys;
        this.sessions = sessions;
        this.failures = failures;
        this.sessionPolicy = sessionPolicy;
        this.lockout = lockout;
        this.audit = new ConsoleAudit(audit, transactions);
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(SignInCommand command) {
        Instant now = clock.now();
        String client = command.clientAddress();
        failures.deleteBefore(lockout.countsFrom(now));
        Optional<Duration> locked = lockedFor(client, now);
        if (locked.isPresent()) {
            throw new SignInLockedException(locked.get()); // audited once, when the lockout began
        }
        Optional<String> operator = keys.identify(command.presentedKey());
        if (operator.isEmpty()) {
            throw failed(client, now);
        }
        return begin(operator.get(), client, now);
    }

    private Optional<Duration> lockedFor(String client, Instant now) {
        return lockout.retryAfter(failures.since(client, lockout.countsFrom(now)), now);
    }

    private RuntimeException failed(String client, Instant now) {
        audit.record(
                ConsoleAudit.CONSOLE,
                AuditAction.OPERATOR_SIGN_IN_FAILED,
                client,
                "wrong operator key",
                () -> failures.record(client, now));
        Optional<Duration> locked = lockedFor(client, now);
        if (locked.isEmpty()) {
            return new WrongOperatorKeyException();
        }
        audit.record(
                ConsoleAudit.CONSOLE,
                AuditAction.OPERATOR_LOCKED_OUT,
                client,
                lockout.maxFailures() + " wrong keys within " + lockout.window().toMinutes() + " min: locked out for "
                        + locked.get().toSeconds() + " s",
                () -> {});
        return new SignInLockedException(locked.get());
    }

    private SignedIn begin(String operatorId, String client, Instant now) {
        String token = SessionToken.random();
        OperatorSession session = OperatorSession.begin(SessionToken.hash(token), operatorId, now);
        Instant expiresAt = sessionPolicy.expiresAt(session);
        sessions.deleteExpired(sessionPolicy.idleCutoff(now), sessionPolicy.absoluteCutoff(now));
        audit.record(
                Actor.operator(operatorId),
                AuditAction.OPERATOR_SIGNED_IN,
                client,
                "console session until " + expiresAt,
                () -> {
                    failures.clear(client);
                    sessions.save(session);
                });
        return new SignedIn(token, SessionToken.csrfOf(token), operatorId, expiresAt);
    }
}
