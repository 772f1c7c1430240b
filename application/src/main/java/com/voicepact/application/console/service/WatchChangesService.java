package com.voicepact.application.console.service;

import com.voicepact.application.console.port.in.ConsoleState;
import com.voicepact.application.console.port.in.WatchChangesUseCase;
import com.voicepact.application.console.port.out.AuditSequencePort;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;

/**
 * The console's change marker: the audit chain's last sequence (shared by every node, moved by every change an operator
 * can see) and the provider circuits (per node, and opened without an audit entry). Polled every second by each open
 * console, so it reads the sequence without sealing or locking the chain's head (which {@code AuditLog.latest} does).
 */
public final class WatchChangesService implements WatchChangesUseCase {

    private final AuditSequencePort audit;
    private final ProviderCircuitsPort circuits;

    public WatchChangesService(AuditSequencePort audit, ProviderCircuitsPort circuits) {
        this.audit = audit;
        this.circuits = circuits;
    }

    @Override
    public ConsoleState current() {
        return new ConsoleState(audit.lastSealed(), circuits.states());
    }
}
