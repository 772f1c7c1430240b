package com.voicepact.application.console.port.in;

import java.util.Map;

/**
 * What the console's live view follows: when either part changes, something an operator sees changed.
 *
 * @param auditSequence the sequence of the audit chain's last entry (0 when empty): every change to a contract,
 *     payment, payout, dispute or circuit is audited, on whichever node made it
 * @param circuits each provider circuit's state by name ({@code sms -> CLOSED}); circuits open without an audit entry
 */
public record ConsoleState(long auditSequence, Map<String, String> circuits) {

    public ConsoleState {
        circuits = Map.copyOf(circuits);
    }
}
