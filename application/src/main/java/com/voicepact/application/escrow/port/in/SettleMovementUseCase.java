package com.voicepact.application.escrow.port.in;

/**
 * Applies a provider's final word on a movement of money exactly once, whatever brought it (a callback, a
 * lookup, the answer to our request). Each is recorded under a key (provider reference, verdict, amount as
 * written) in the same unit of work as its effect, so a second report of the same event changes nothing.
 * Unknown references, wrong or unusable amounts and reports that contradict what we hold are recorded,
 * audited and flagged, never thrown: a provider must be answered 200 for them so it stops resending.
 */
public interface SettleMovementUseCase {

    SettlementResult settle(SettleMovementCommand command);
}
