package com.voicepact.application.operations.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.operations.port.in.ResetCircuitCommand;
import com.voicepact.application.operations.port.in.ResetCircuitUseCase;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import java.util.Map;

/** An operator closes a provider circuit; the act is audited. */
public final class ResetCircuitService implements ResetCircuitUseCase {

    private final ProviderCircuitsPort circuits;
    private final AuditTrail audit;
    private final com.voicepact.application.shared.port.out.TransactionPort transactions;

    public ResetCircuitService(
            ProviderCircuitsPort circuits,
            AuditTrail audit,
            com.voicepact.application.shared.port.out.TransactionPort transactions) {
        this.circuits = circuits;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Map<String, String> reset(ResetCircuitCommand command) {
        String service = command.service();
        Actor operator = command.operator();
        String before = circuits.states().getOrDefault(service, "");
        circuits.reset(service);
        transactions.inTransaction(() -> {
            audit.change(
                    operator,
                    AuditAction.CIRCUIT_RESET,
                    "circuit:" + service,
                    before,
                    "CLOSED",
                    "reset by an operator");
            return null;
        });
        return circuits.states();
    }
}
