package com.voicepact.application.phone;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.messaging.SmsCommand;

/**
 * Whether a refused SMS command was only said again: the sender repeats a YES, NO, ACCEPT or DISPUTE in a new message
 * after it took effect, and gets an acknowledgement (or where the contract stands) rather than a refusal.
 */
public final class SmsCommandRepeats {

    private SmsCommandRepeats() {}

    /** True when the contract already shows exactly what this command asks, by this sender. */
    static boolean alreadyDone(SmsCommand command, Contract contract, PhoneNumber from) {
        return switch (command.verb()) {
            case YES -> contract.agreement().hasConfirmed(from);
            case NO ->
                contract.agreement()
                        .decisionOf(from)
                        .filter(decision -> !decision.isYes())
                        .isPresent();
            case ACCEPT ->
                contract.agreement().buyer().has(from)
                        && contract.fulfilment()
                                .delivery()
                                .filter(DeliveryReport::isAccepted)
                                .isPresent();
            case DISPUTE ->
                contract.fulfilment()
                        .dispute()
                        .filter(d ->
                                from.equals(d.raisedBy()) && d.reason().equals(Dispute.fitReason(command.reason())))
                        .isPresent();
            default -> false;
        };
    }
}
