package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;
import java.time.Instant;

/**
 * The period to reconcile, {@code [from, to)}.
 *
 * @throws InvalidValueException when either end is missing or {@code from} is not before {@code to}
 */
public record ReconcilePaymentsCommand(Instant from, Instant to) {

    public ReconcilePaymentsCommand {
        InvalidValueException.require(from != null && to != null && from.isBefore(to), "the period needs from < to");
    }
}
