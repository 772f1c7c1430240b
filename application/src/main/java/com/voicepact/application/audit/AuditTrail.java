package com.voicepact.application.audit;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditRecord;
import com.voicepact.domain.contract.ContractStatus;

/**
 * Audits changes: builds each record (who, what, when) and hands it to the log inside the unit of work of the change
 * it records, which seals it into the chain ({@link AuditLog#record}).
 */
public final class AuditTrail {

    private final AuditLog log;
    private final AuditChain chain;
    private final ClockPort clock;

    public AuditTrail(AuditLog log, AuditChain chain, ClockPort clock) {
        this.log = log;
        this.chain = chain;
        this.clock = clock;
    }

    public void statusChange(
            Actor actor, AuditAction action, String subject, ContractStatus from, ContractStatus to, String details) {
        change(actor, action, subject, from == null ? "" : from.name(), to == null ? "" : to.name(), details);
    }

    public void change(Actor actor, AuditAction action, String subject, String from, String to, String details) {
        AuditRecord record =
                new AuditRecord(clock.now(), actor.describe(), action.stored(), subject, from, to, details);
        log.record(record);
    }

    /** Whether the log already holds this action with these exact details about this subject. */
    public boolean alreadyRecorded(String subject, AuditAction action, String details) {
        return log.forSubject(subject).stream()
                .anyMatch(e -> e.record().action().equals(action.stored())
                        && e.record().details().equals(details));
    }

    public AuditChain chain() {
        return chain;
    }
}
