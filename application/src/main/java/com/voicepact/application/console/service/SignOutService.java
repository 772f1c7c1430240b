package com.voicepact.application.console.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.console.port.in.SignOutUseCase;
import com.voicepact.application.console.port.out.OperatorSessions;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.console.SessionToken;

/** Ends a console session: its row is deleted, so no node honours its cookie again. */
public final class SignOutService implements SignOutUseCase {

    private final OperatorSessions sessions;
    private final ConsoleAudit audit;

    public SignOutService(OperatorSessions sessions, AuditTrail audit, TransactionPort transactions) {
        this.sessions = sessions;
        this.audit = new ConsoleAudit(audit, transactions);
    }

    @Override
    public void signOut(String token, String clientAddress) {
        if (token == null || token.isBlank()) {
            return;
        }
        String hash = SessionToken.hash(token);
        sessions.find(hash)
                .ifPresent(session -> audit.record(
                        Actor.operator(session.operatorId()),
                        AuditAction.OPERATOR_SIGNED_OUT,
                        clientAddress,
                        "console session ended by the operator",
                        () -> sessions.delete(hash)));
    }
}
