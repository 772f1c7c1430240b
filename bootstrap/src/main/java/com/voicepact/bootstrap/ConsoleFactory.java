package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.console.port.out.AuditSequencePort;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.console.port.out.SignInFailures;
import com.voicepact.application.console.service.CheckSessionService;
import com.voicepact.application.console.service.ResumeSessionService;
import com.voicepact.application.console.service.SignInService;
import com.voicepact.application.console.service.SignOutService;
import com.voicepact.application.console.service.WatchChangesService;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.console.LockoutPolicy;
import com.voicepact.domain.console.SessionPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The operator console's sessions: signed in with the operator keys, kept in the shared database (so every node
 * honours them), ended after 30 minutes idle or 12 hours at most, locked for an address after 5 wrong keys in 15
 * minutes (docs/console.md).
 */
@Factory
class ConsoleFactory {

    @Singleton
    SessionPolicy sessionPolicy() {
        return SessionPolicy.DEFAULT;
    }

    @Singleton
    LockoutPolicy lockoutPolicy() {
        return LockoutPolicy.DEFAULT;
    }

    @Singleton
    SignInService signIn(
            OperatorKeys keys,
            OperatorSessions sessions,
            SignInFailures failures,
            SessionPolicy policy,
            LockoutPolicy lockout,
            AuditTrail audit,
            TransactionPort transactions,
            ClockPort clock) {
        return new SignInService(keys, sessions, failures, policy, lockout, audit, transactions, clock);
    }

    @Singleton
    ResumeSessionService resumeSession(OperatorSessions sessions, SessionPolicy policy, ClockPort clock) {
        return new ResumeSessionService(sessions, policy, clock);
    }

    @Singleton
    CheckSessionService checkSession(OperatorSessions sessions, SessionPolicy policy, ClockPort clock) {
        return new CheckSessionService(sessions, policy, clock);
    }

    @Singleton
    SignOutService signOut(OperatorSessions sessions, AuditTrail audit, TransactionPort transactions) {
        return new SignOutService(sessions, audit, transactions);
    }

    @Singleton
    WatchChangesService watchChanges(AuditSequencePort audit, ProviderCircuitsPort circuits) {
        return new WatchChangesService(audit, circuits);
    }
}
