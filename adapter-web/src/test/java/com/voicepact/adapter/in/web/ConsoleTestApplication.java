package com.voicepact.adapter.in.web;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.console.port.in.CheckSessionUseCase;
import com.voicepact.application.console.port.in.ResumeSessionUseCase;
import com.voicepact.application.console.port.in.SignInUseCase;
import com.voicepact.application.console.port.in.SignOutUseCase;
import com.voicepact.application.console.port.in.WatchChangesUseCase;
import com.voicepact.application.console.service.CheckSessionService;
import com.voicepact.application.console.service.ResumeSessionService;
import com.voicepact.application.console.service.SignInService;
import com.voicepact.application.console.service.SignOutService;
import com.voicepact.application.console.service.WatchChangesService;
import com.voicepact.application.fakes.InMemoryOperatorSessions;
import com.voicepact.application.fakes.InMemorySignInFailures;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.domain.console.LockoutPolicy;
import com.voicepact.domain.console.SessionPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/** The console's sessions for the web adapter's tests: the real services on in-memory stores, on a clock tests move. */
@Factory
public class ConsoleTestApplication {

    /** The sessions' clock, apart from the contracts' so that moving it expires sessions and nothing else. */
    public static final MutableClock CLOCK = new MutableClock(Instant.now());

    @Singleton
    SessionPolicy sessionPolicy() {
        return SessionPolicy.DEFAULT;
    }

    @Singleton
    InMemoryOperatorSessions sessions() {
        return new InMemoryOperatorSessions();
    }

    @Singleton
    SignInUseCase signIn(
            OperatorKeys keys, InMemoryOperatorSessions sessions, SessionPolicy policy, InMemoryVoicePact app) {
        return new SignInService(
                keys,
                sessions,
                new InMemorySignInFailures(),
                policy,
                LockoutPolicy.DEFAULT,
                app.auditTrail,
                app.transactions,
                CLOCK);
    }

    @Singleton
    ResumeSessionUseCase resume(InMemoryOperatorSessions sessions, SessionPolicy policy) {
        return new ResumeSessionService(sessions, policy, CLOCK);
    }

    @Singleton
    CheckSessionUseCase check(InMemoryOperatorSessions sessions, SessionPolicy policy) {
        return new CheckSessionService(sessions, policy, CLOCK);
    }

    @Singleton
    SignOutUseCase signOut(InMemoryOperatorSessions sessions, InMemoryVoicePact app) {
        return new SignOutService(sessions, app.auditTrail, app.transactions);
    }

    @Singleton
    WatchChangesUseCase watch(InMemoryVoicePact app) {
        com.voicepact.application.console.port.out.AuditSequencePort sequence = () -> app.auditLog.allInOrder().stream()
                .mapToLong(com.voicepact.domain.audit.AuditEntry::sequence)
                .max()
                .orElse(0);
        return new WatchChangesService(
                sequence, new com.voicepact.application.operations.port.out.ProviderCircuitsPort() {
                    @Override
                    public Map<String, String> states() {
                        return Map.of("sms", "CLOSED");
                    }

                    @Override
                    public void reset(String service) {}
                });
    }
}
