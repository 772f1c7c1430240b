package com.voicepact.application.console.service;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.console.port.in.ConsoleState;
import com.voicepact.application.console.port.in.WatchChangesUseCase;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.domain.audit.AuditEntry;

/**
 * The console's change marker: the audit chain's head (shared by every node, moved by every change an operator can
 * see) and the provider circuits (per node, and opened without an audit entry).
 */
public final class WatchChangesService implements WatchChangesUseCase {

    private final AuditLog auditLog;
    private final ProviderCircuitsPort circuits;

    public WatchChangesService(AuditLog auditLog, ProviderCircuitsPort circuits) {
        this.auditLog = auditLog;
        this.circuits = circuits;
    }

    @Override
    public ConsoleState current() {
        long sequence = auditLog.latest().map(AuditEntry::sequence).orElse(0L);
        return new ConsoleState(sequence, circuits.states());
    }
}
