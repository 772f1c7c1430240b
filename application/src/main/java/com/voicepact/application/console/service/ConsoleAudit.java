package com.voicepact.application.console.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;

/** Audits the console's sign-ins and sign-outs, each about the client address it came from. */
final class ConsoleAudit {

    /** The actor of attempts that named no operator: the console itself. */
    static final Actor CONSOLE = Actor.system("console");

    private final AuditTrail trail;
    private final TransactionPort transactions;

    ConsoleAudit(AuditTrail trail, TransactionPort transactions) {
        this.trail = trail;
        this.transactions = transactions;
    }

    /** Runs {@code before} and audits {@code action} in one unit of work. */
    void record(Actor actor, AuditAction action, String clientAddress, String details, Runnable before) {
        transactions.inTransaction(() -> {
            before.run();
            trail.change(actor, action, "console:" + clientAddress, "", "", details);
            return null;
        });
    }
}
